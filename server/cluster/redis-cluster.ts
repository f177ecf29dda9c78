/**
 * The cluster over Redis pub/sub (see cluster.ts for the design). Notices are
 * small JSON messages on one channel. Each process also says every few
 * seconds that it is alive, with its audience counts; the counts of a process
 * not heard from for three beats are dropped, so a killed process's phones
 * stop being counted once they have reconnected elsewhere.
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { logger } from "../logging/logger";
import type { Cluster, ClusterNotice } from "./cluster";

const BEAT_MS = 5_000;

const noticeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("poll-changed"), eventId: z.string(), pollId: z.string() }),
  z.object({ kind: z.literal("poll-invalidated"), pollId: z.string() }),
  z.object({ kind: z.literal("event-changed"), eventId: z.string() }),
  z.object({ kind: z.literal("audience"), eventId: z.string(), connected: z.number().int().min(0) }),
]);
const envelopeSchema = z.object({ from: z.string(), notice: noticeSchema.optional(), beat: z.record(z.string(), z.number()).optional() });

export async function createRedisCluster(redis: Redis, options: { namespace?: string } = {}): Promise<Cluster> {
  const nodeId = randomUUID();
  const channel = `${options.namespace ?? "barometer"}:cluster`;
  let localAudience = () => new Map<string, number>();
  const subscriber = redis.duplicate({ lazyConnect: false, enableOfflineQueue: true });
  await subscriber.subscribe(channel);
  const handlers: ((notice: ClusterNotice) => void)[] = [];
  /** Per other process: its audience per event, and when it was last heard from. */
  const others = new Map<string, { audience: Map<string, number>; heardAt: number }>();

  function heard(from: string): { audience: Map<string, number>; heardAt: number } {
    const known = others.get(from) ?? { audience: new Map<string, number>(), heardAt: 0 };
    known.heardAt = Date.now();
    others.set(from, known);
    return known;
  }

  subscriber.on("message", (_channel: string, text: string) => {
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      envelope = envelopeSchema.parse(JSON.parse(text));
    } catch {
      logger.warn("cluster: ignored a malformed notice");
      return;
    }
    if (envelope.from === nodeId) return;
    const node = heard(envelope.from);
    if (envelope.beat) node.audience = new Map(Object.entries(envelope.beat));
    const { notice } = envelope;
    if (!notice) return;
    if (notice.kind === "audience") node.audience.set(notice.eventId, notice.connected);
    for (const handler of handlers) handler(notice);
  });

  const publish = (envelope: z.infer<typeof envelopeSchema>) => {
    redis.publish(channel, JSON.stringify(envelope)).catch((error: unknown) => logger.warn({ err: String(error) }, "cluster: a notice could not be sent"));
  };
  const beat = setInterval(() => {
    publish({ from: nodeId, beat: Object.fromEntries(localAudience()) });
    for (const [id, node] of others) if (Date.now() - node.heardAt > 3 * BEAT_MS) others.delete(id);
  }, BEAT_MS);
  beat.unref();

  return {
    nodeId,
    announce: (notice) => publish({ from: nodeId, notice }),
    listen: (handler) => {
      handlers.push(handler);
    },
    reportAudience(counts) {
      localAudience = counts;
    },
    remoteAudience(eventId) {
      let total = 0;
      for (const node of others.values()) total += node.audience.get(eventId) ?? 0;
      return total;
    },
    async close() {
      clearInterval(beat);
      subscriber.disconnect();
    },
  };
}
