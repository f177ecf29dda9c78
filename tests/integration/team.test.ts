/**
 * Accounts and roles, through the one policy: who may create events, the
 * owner and the co-moderators an invitation makes, the secret link rotated
 * and revoked, and the audit log of what moderators did. Sessions here are
 * signed as the server signs them after an OpenID Connect sign-in (which
 * e2e/accounts.spec.ts runs for real against a provider).
 */
import { io } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import type { ClientSocket } from "@/lib/realtime/request";
import { createSessions } from "@/server/auth/sessions";
import { PARTICIPANT_COOKIE } from "@/server/realtime/participant-cookie";
import { newParticipantToken, TEST_PARTICIPANT_SECRET } from "../support/participant-socket";
import { request, requestOk, startServer, type TestServer } from "./harness";

const sessions = createSessions(Buffer.from(TEST_PARTICIPANT_SECRET, "utf8"));
let server: TestServer;
const sockets: ClientSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.stop();
});

/** The Cookie header of a browser signed in as this account. */
const sessionOf = (accountId: string) => (sessions.cookie.serialize({ accountId }, false).split(";")[0] ?? "");

async function account(name: string) {
  const created = await server.app.services.team.signIn({ issuer: "https://idp.example.de", subject: name.toLowerCase(), name });
  return { ...created, cookie: sessionOf(created.id) };
}

async function connect(cookie = ""): Promise<ClientSocket> {
  const socket: ClientSocket = io(server.url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    extraHeaders: { cookie: [`${PARTICIPANT_COOKIE}=${newParticipantToken()}`, cookie].filter(Boolean).join("; ") },
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}

async function createEvent(headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ title: "Forum", polls: [{ type: "ranking", question: "Was zuerst?", items: ["A", "B"] }] }),
  });
  return { status: response.status, body: await response.json() };
}

describe("who may create events", () => {
  it("anyone by default; only signed-in moderators, or holders of the key, when the operator says so", async () => {
    server = await startServer(undefined, { auth: { eventCreation: "signed-in" } });
    const anna = await account("Anna Amt");
    expect(await createEvent()).toMatchObject({ status: 403, body: { error: "FORBIDDEN", reason: "sign_in_required" } });
    expect(await createEvent({ cookie: sessionOf("made-up-account") })).toMatchObject({ status: 403 });
    expect(await createEvent({ cookie: anna.cookie })).toMatchObject({ status: 201 });
    expect(await server.db.event.count()).toBe(1);
    await server.stop();

    server = await startServer(undefined, { auth: { eventCreation: "key", creationKey: "a-creation-key-of-the-ministry" } });
    expect(await createEvent({ "x-creation-key": "a-guessed-key-of-the-ministry" })).toMatchObject({ status: 403, body: { reason: "creation_key_required" } });
    expect(await createEvent({ "x-creation-key": "a-creation-key-of-the-ministry" })).toMatchObject({ status: 201 });
  });
});

describe("owners and co-moderators", () => {
  it("make the creator the owner, with the event among their events; the link then moderates but does not manage", async () => {
    server = await startServer();
    const anna = await account("Anna Amt");
    const { body } = await createEvent({ cookie: anna.cookie });
    const mine = await (await fetch(`${server.url}/api/me/events`, { headers: { cookie: anna.cookie } })).json();
    expect(mine.events).toEqual([expect.objectContaining({ code: body.code, title: "Forum", role: "owner" })]);
    expect((await fetch(`${server.url}/api/me/events`)).status).toBe(403);

    const owner = await connect(anna.cookie);
    expect((await requestOk(owner, "moderator:join", { code: body.code })).access).toEqual({ role: "owner", via: "account", name: "Anna Amt" });
    const link = await connect();
    expect((await requestOk(link, "moderator:join", { token: body.moderatorToken })).access).toMatchObject({ role: "moderator", via: "link" });
    expect(await request(link, "team:view", {})).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await requestOk(owner, "team:view", {})).toMatchObject({ members: [{ name: "Anna Amt", role: "owner" }], linkActive: true });
  });

  it("let an invited account in once, as moderator, until the owner removes it", async () => {
    server = await startServer();
    const anna = await account("Anna Amt");
    const ben = await account("Ben Behörde");
    const { body } = await createEvent({ cookie: anna.cookie });
    const owner = await connect(anna.cookie);
    await requestOk(owner, "moderator:join", { code: body.code });

    const stranger = await connect(ben.cookie);
    expect(await request(stranger, "moderator:join", { code: body.code })).toMatchObject({ ok: false, error: "FORBIDDEN" });

    const { token } = await requestOk(owner, "team:invite", {});
    const accept = (cookie: string) =>
      fetch(`${server.url}/api/invites/accept`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ token }) });
    expect((await accept("")).status).toBe(403);
    const accepted = await accept(ben.cookie);
    expect(await accepted.json()).toMatchObject({ ok: true, code: body.code, role: "moderator" });
    expect((await accept(ben.cookie)).status).toBe(403);

    const coModerator = await connect(ben.cookie);
    expect((await requestOk(coModerator, "moderator:join", { code: body.code })).access.role).toBe("moderator");
    expect(await request(coModerator, "team:invite", {})).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await request(coModerator, "link:rotate", {})).toMatchObject({ ok: false, error: "FORBIDDEN" });

    const gone = new Promise((resolve) => coModerator.once("disconnect", resolve));
    await requestOk(owner, "team:remove-member", { accountId: ben.id });
    await gone;
    const again = await connect(ben.cookie);
    expect(await request(again, "moderator:join", { code: body.code })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    // The owner cannot be removed, not even by themselves.
    expect(await request(owner, "team:remove-member", { accountId: anna.id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("rotate the secret link (the old one stops at once) and revoke it only while an account owns the event", async () => {
    server = await startServer();
    const linkOnly = await createEvent();
    const holder = await connect();
    expect((await requestOk(holder, "moderator:join", { token: linkOnly.body.moderatorToken })).access.role).toBe("owner");
    expect(await request(holder, "link:revoke", {})).toMatchObject({ ok: false, error: "FORBIDDEN" });

    const other = await connect();
    await requestOk(other, "moderator:join", { token: linkOnly.body.moderatorToken });
    const kicked = new Promise((resolve) => other.once("disconnect", resolve));
    const { token } = await requestOk(holder, "link:rotate", {});
    await kicked;
    expect(await request(await connect(), "moderator:join", { token: linkOnly.body.moderatorToken })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await request(await connect(), "moderator:join", { token })).toMatchObject({ ok: true });

    const anna = await account("Anna Amt");
    const owned = await createEvent({ cookie: anna.cookie });
    const owner = await connect(anna.cookie);
    await requestOk(owner, "moderator:join", { code: owned.body.code });
    await requestOk(owner, "link:revoke", {});
    expect(await request(await connect(), "moderator:join", { token: owned.body.moderatorToken })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect((await requestOk(owner, "team:view", {})).linkActive).toBe(false);
  });
});

describe("the audit log", () => {
  it("records resets, closes, deletions and role changes with who and when, and nothing of attendees", async () => {
    server = await startServer();
    const anna = await account("Anna Amt");
    const { body } = await createEvent({ cookie: anna.cookie });
    const pollId = body.polls[0].id;
    const link = await connect();
    await requestOk(link, "moderator:join", { token: body.moderatorToken });
    await requestOk(link, "poll:go-live", { pollId });
    await requestOk(link, "poll:set-status", { pollId, status: "open" });
    await requestOk(link, "poll:set-status", { pollId, status: "closed" });
    await requestOk(link, "poll:reset-votes", { pollId });
    const owner = await connect(anna.cookie);
    await requestOk(owner, "moderator:join", { code: body.code });
    await requestOk(owner, "poll:delete", { pollId });

    const { audit } = await requestOk(owner, "team:view", {});
    expect(audit.map((entry) => [entry.action, entry.actorName, entry.detail.question])).toEqual([
      ["poll-deleted", "Anna Amt", "Was zuerst?"],
      ["poll-reset", "moderator link", "Was zuerst?"],
      ["poll-closed", "moderator link", "Was zuerst?"],
    ]);
    expect(audit.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/participant/i);
  });

  it("lets a signed-in moderator read hidden results over HTTP, and nobody else", async () => {
    server = await startServer();
    const anna = await account("Anna Amt");
    const ben = await account("Ben Behörde");
    const { body } = await createEvent({ cookie: anna.cookie });
    const owner = await connect(anna.cookie);
    await requestOk(owner, "moderator:join", { code: body.code });
    await requestOk(owner, "poll:go-live", { pollId: body.polls[0].id });
    await requestOk(owner, "poll:set-results-visible", { pollId: body.polls[0].id, visible: false });
    const resultsFor = async (cookie: string) =>
      (await (await fetch(`${server.url}/api/events/${body.code}/results`, { headers: { cookie } })).json()).polls[0].results;
    expect(await resultsFor(anna.cookie)).toMatchObject({ method: "borda" });
    expect(await resultsFor(ben.cookie)).toBeNull();
    expect(await resultsFor("")).toBeNull();
  });
});
