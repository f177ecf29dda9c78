/** The Redis connection of a process, when REDIS_URL is set. */
import { Redis } from "ioredis";

export async function connectRedis(url: string): Promise<Redis> {
  // No offline queue: while Redis is away, a rate limit falls back to memory at once instead of waiting.
  const redis = new Redis(url, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  return redis;
}

/** Whether Redis answers within a second. */
export async function pingRedis(redis: Redis): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Redis did not answer")), 1_000);
  });
  try {
    await Promise.race([redis.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
