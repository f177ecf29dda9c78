"use client";

import { useEffect } from "react";

/**
 * Installs the phone's service worker (public/sw.js), so that a reload
 * without network still shows this page with its waiting vote. The page hands
 * it what it loaded before the worker was there: this address and its assets.
 * Browsers allow service workers only on https and localhost; elsewhere the
 * page works as before.
 */
export function useOfflineShell(): void {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/join/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const assets = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((url) => new URL(url).pathname.startsWith("/_next/static/"));
        registration.active?.postMessage({ type: "keep", urls: [location.href, ...assets] });
      })
      .catch(() => {
        // No worker (plain http on a LAN address, a browser setting): reloads need the network, voting does not.
      });
  }, []);
}
