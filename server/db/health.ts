import type { Database } from "./client";

/** Proves the database takes writes, not only reads: a locked, read-only or full database fails here. */
export async function probeWrite(db: Database): Promise<void> {
  const checkedAt = new Date();
  await db.healthProbe.upsert({ where: { id: 1 }, create: { id: 1, checkedAt }, update: { checkedAt } });
}
