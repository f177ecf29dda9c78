/** The Redis connection of a process, when REDIS_URL is set. */
import { Redis } from "ioredis";

export async function connectRedis(url: string): Promise<Redis> {
  // No offline queue: while Redis is away, a rate limit falls back to memory at once instead of waiting.
  const redis = new Redis(url, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  return redis;
}
