/**
 * A hostile client, reproducibly: a seeded generator sends a few thousand
 * malformed payloads across every client event, as an attendee and as a
 * moderator, with extra arguments and without callbacks. The server must stay
 * up, answer each call that has a callback with a known error code, and
 * change no stored data. Limits are off here, so every payload reaches its handler.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ERROR_CODES } from "@/lib/domain/errors";
import {
  type ClientToServerEvents,
  emptyPayloadSchema,
  entryModeratePayloadSchema,
  entrySubmitPayloadSchema,
  entryUpvotePayloadSchema,
  eventUpdatePayloadSchema,
  joinPayloadSchema,
  moderatorJoinPayloadSchema,
  nicknamePayloadSchema,
  ownBallotPayloadSchema,
  pollCreatePayloadSchema,
  pollGoLivePayloadSchema,
  pollModeratePayloadSchema,
  pollRefPayloadSchema,
  pollReorderPayloadSchema,
  pollResultsVisibilityPayloadSchema,
  pollRevealPayloadSchema,
  pollStatusPayloadSchema,
  pollUpdatePayloadSchema,
  teamInvitePayloadSchema,
  teamMemberPayloadSchema,
  votePayloadSchema,
} from "@/lib/realtime/contract";
import { LIMIT_NAMES, type Rates } from "@/server/security/limits";
import { connectClient, newVoteId, requestOk, seedOpenRankingPoll, startServer, type TestClient, type TestServer } from "./harness";

const PAYLOADS_PER_RUN = 3_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

let server: TestServer;
let attendee: TestClient;
let moderator: TestClient;
let seeded: Awaited<ReturnType<typeof seedOpenRankingPoll>>;

beforeAll(async () => {
  const noLimits = Object.fromEntries(LIMIT_NAMES.map((name) => [name, null])) as Rates;
  server = await startServer(undefined, { limits: { rates: noLimits } });
  seeded = await seedOpenRankingPoll(server);
  attendee = await connectClient(server.url);
  moderator = await connectClient(server.url);
  await requestOk(attendee, "attendee:join", { code: seeded.event.code });
  await requestOk(moderator, "moderator:join", { token: seeded.moderatorToken });
});

afterAll(async () => {
  attendee.disconnect();
  moderator.disconnect();
  await server.stop();
});

/** A small, seeded PRNG (mulberry32): the same seed sends the same payloads. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (n: number) => Math.floor(next() * n);
  const pick = <T>(values: readonly T[]): T => values[below(values.length)] as T;
  return { next, below, pick };
}

/** One well-formed payload per event, for the mutations to break. */
function wellFormed(): { [E in keyof ClientToServerEvents]: [schema: z.ZodType, payload: unknown] } {
  const pollId = seeded.poll.id;
  const ranking = { type: "ranking", ranking: [seeded.itemIds.Alpha] };
  const poll = { type: "ranking", question: "Neu?", items: ["A", "B"] };
  return {
    "attendee:join": [joinPayloadSchema, { code: seeded.event.code }],
    "ballot:own": [ownBallotPayloadSchema, { pollId }],
    "vote:submit": [votePayloadSchema, { pollId, voteId: newVoteId(), ballot: ranking }],
    "entry:submit": [entrySubmitPayloadSchema, { pollId, entryId: newVoteId(), entry: { text: "Frage" } }],
    "entry:upvote": [entryUpvotePayloadSchema, { pollId, entryId: newVoteId(), up: true }],
    "entry:own": [ownBallotPayloadSchema, { pollId }],
    "quiz:set-nickname": [nicknamePayloadSchema, { nickname: "Eule" }],
    "presenter:join": [joinPayloadSchema, { code: seeded.event.code }],
    "moderator:join": [moderatorJoinPayloadSchema, { token: seeded.moderatorToken }],
    "event:update": [eventUpdatePayloadSchema, { title: "Neuer Titel" }],
    "poll:create": [pollCreatePayloadSchema, { poll }],
    "poll:update": [pollUpdatePayloadSchema, { pollId, poll }],
    "poll:delete": [pollRefPayloadSchema, { pollId }],
    "poll:reorder": [pollReorderPayloadSchema, { pollIds: [pollId] }],
    "poll:go-live": [pollGoLivePayloadSchema, { pollId: null }],
    "poll:set-status": [pollStatusPayloadSchema, { pollId, status: "closed" }],
    "poll:set-results-visible": [pollResultsVisibilityPayloadSchema, { pollId, visible: false }],
    "poll:reset-votes": [pollRefPayloadSchema, { pollId }],
    "poll:reveal-answer": [pollRevealPayloadSchema, { pollId, revealed: true }],
    "entry:moderate": [entryModeratePayloadSchema, { pollId, entryId: newVoteId(), action: "hide" }],
    "poll:moderate": [pollModeratePayloadSchema, { pollId, action: { type: "hide-word", word: "x" } }],
    "team:view": [emptyPayloadSchema, {}],
    "team:invite": [emptyPayloadSchema, {}],
    "team:remove-member": [teamMemberPayloadSchema, { accountId: "someone" }],
    "team:revoke-invite": [teamInvitePayloadSchema, { inviteId: "invite" }],
    "link:rotate": [emptyPayloadSchema, {}],
    "link:revoke": [emptyPayloadSchema, {}],
  };
}

const STRANGE_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  "",
  " ",
  "\u0000\u202e\u200b",
  "<script>alert(1)</script>",
  "x".repeat(5_000),
  [],
  [null],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  Array.from({ length: 500 }, (_, i) => i),
];

function mutate(value: unknown, rng: ReturnType<typeof random>, depth = 0): unknown {
  const roll = rng.next();
  if (roll < 0.2 || depth > 3) return rng.pick(STRANGE_VALUES);
  if (Array.isArray(value)) {
    if (value.length === 0 || roll < 0.4) return [...value, rng.pick(STRANGE_VALUES)];
    const copy = [...value];
    const at = rng.below(copy.length);
    copy[at] = mutate(copy[at], rng, depth + 1);
    return copy;
  }
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length === 0 || roll < 0.35) copy[rng.pick(["extra", "__proto__", "constructor", "type", ""])] = rng.pick(STRANGE_VALUES);
    else if (roll < 0.5) delete copy[rng.pick(keys)];
    else {
      const key = rng.pick(keys);
      copy[key] = mutate(copy[key], rng, depth + 1);
    }
    return copy;
  }
  return rng.pick(STRANGE_VALUES);
}

/** Every row the server stores, in a stable order: what "no data changed" compares. */
async function snapshot(): Promise<string> {
  const { db } = server;
  const byId = { orderBy: { id: "asc" as const } };
  const tables = await Promise.all([
    db.event.findMany(byId),
    db.poll.findMany(byId),
    db.pollItem.findMany(byId),
    db.ballot.findMany({ orderBy: [{ pollId: "asc" }, { participantKey: "asc" }] }),
    db.vote.findMany(byId),
    db.entry.findMany(byId),
    db.entryUpvote.findMany({ orderBy: [{ entryId: "asc" }, { participantKey: "asc" }] }),
    db.quizPlayer.findMany({ orderBy: [{ eventId: "asc" }, { participantKey: "asc" }] }),
    db.account.findMany(byId),
    db.eventRole.findMany({ orderBy: [{ eventId: "asc" }, { accountId: "asc" }] }),
    db.eventInvite.findMany(byId),
    db.auditEntry.findMany(byId),
  ]);
  return JSON.stringify(tables);
}

/** Sends one payload; answers the acknowledgement, or null when the call carried no callback. */
function send(socket: TestClient, event: string, payload: unknown, style: number): Promise<unknown> {
  const emit = socket.emit.bind(socket) as (...args: unknown[]) => void;
  if (style === 0) {
    emit(event, payload);
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${event} ${JSON.stringify(payload)?.slice(0, 200)}`)), 5_000);
    const ack = (answer: unknown) => {
      clearTimeout(timer);
      resolve(answer);
    };
    if (style === 1) emit(event, payload, ack);
    else emit(event, payload, "extra", 7, ack);
  });
}

describe("fuzzing every client event", () => {
  it(`answers ${PAYLOADS_PER_RUN} malformed payloads (seed ${SEED}) with error codes and changes nothing`, async () => {
    const rng = random(SEED);
    const forms = wellFormed();
    const events = Object.keys(forms) as (keyof ClientToServerEvents)[];
    const before = await snapshot();
    const answered = new Map<string, number>();
    let sent = 0;
    while (sent < PAYLOADS_PER_RUN) {
      const event = events[sent % events.length] as keyof ClientToServerEvents;
      const [schema, valid] = forms[event];
      const mutated = mutate(valid, rng);
      // What the server receives is the JSON of it (NaN arrives as null); a mutation that is well-formed there is no fuzz.
      const payload = mutated === undefined ? null : JSON.parse(JSON.stringify(mutated));
      if (schema.safeParse(payload).success) continue;
      sent++;
      const socket = rng.next() < 0.5 ? attendee : moderator;
      const answer = await send(socket, event, payload, rng.below(3));
      if (answer === null) continue;
      expect(answer, `${event} ${JSON.stringify(payload)?.slice(0, 200)}`).toMatchObject({ ok: false });
      const code = (answer as { error: string }).error;
      expect(ERROR_CODES).toContain(code);
      answered.set(code, (answered.get(code) ?? 0) + 1);
    }
    // The server is still up and still itself: both sockets are answered as before.
    await requestOk(attendee, "ballot:own", { pollId: seeded.poll.id });
    expect(await snapshot()).toBe(before);
    expect(answered.get("INVALID_PAYLOAD")).toBeGreaterThan(PAYLOADS_PER_RUN / 3);
  });
});
