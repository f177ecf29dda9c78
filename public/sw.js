/*
 * The phone's page shell, kept for a reload without network (scope /join/).
 * Pages: network first, the last good copy when offline. The build's assets
 * (/_next/static, content-hashed, never changing) and fonts: from the cache
 * once fetched. Sockets, the API and everything else go to the network
 * untouched. Votes never pass through here: they wait in the page's outbox
 * (localStorage) and go over the socket.
 */
const CACHE = "barometer-phone-v1";
/** Oldest entries go beyond this, so builds that came and went do not pile up. */
const MAX_ENTRIES = 120;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function remember(request, response) {
  if (!response.ok || response.type !== "basic") return;
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) await cache.delete(key);
}

/** The page sends what it loaded before this worker controlled it (its own address and assets), to be kept. */
self.addEventListener("message", (event) => {
  const urls = event.data?.type === "keep" && Array.isArray(event.data.urls) ? event.data.urls : [];
  event.waitUntil(
    Promise.all(
      urls
        .filter((url) => typeof url === "string" && new URL(url, self.location.origin).origin === self.location.origin)
        .map(async (url) => {
          if (await caches.match(url)) return;
          const response = await fetch(url, { credentials: "same-origin" });
          await remember(new Request(url), response);
        }),
    ).catch(() => {}),
  );
});

async function pageFromNetworkOrCache(event) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(remember(event.request, response.clone()));
    return response;
  } catch (error) {
    const cached = await caches.match(event.request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function assetFromCacheOrNetwork(event) {
  const cached = await caches.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(remember(event.request, response.clone()));
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.startsWith("/join/")) event.respondWith(pageFromNetworkOrCache(event));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(assetFromCacheOrNetwork(event));
});
