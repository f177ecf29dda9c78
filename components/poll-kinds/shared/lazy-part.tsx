"use client";

import { type ComponentType, createElement, startTransition, use, useEffect, useState, useSyncExternalStore } from "react";

/** How often a part whose code could not be fetched is tried again (besides when the browser is back online). */
const RETRY_MS = 5_000;

const subscribeToNothing = () => () => {};
/** True while the server renders and while the browser hydrates what it rendered; false afterwards. */
const useHydrating = () =>
  useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );

export type LazyPart<P> = ComponentType<P> & {
  /** Fetches the part's code ahead, so it is there (and in the phone's offline cache) before it is shown. */
  preload: () => void;
};

/**
 * A kind's component, loaded when a screen first needs it: a phone loads the
 * input of the kind it votes in and nothing of the others (drag and drop
 * only for rankings), the console its review panels. Boards stay in the
 * projector's bundle: it measures them to fit. A page the server
 * renders has the part in it; the browser keeps that HTML until the part's
 * code is there and hydrates the page then. Shown later (the next poll), the part
 * renders nothing until its code is there (a few milliseconds from our own
 * server). A fetch that fails (a phone gone offline) is tried again, never
 * turned into an error screen: React.lazy would keep the failure for good.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  let firstRender: Promise<ComponentType<P> | null> | null = null;
  const fetchCode = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level (the kinds' phone.ts and index files), never in a render
  function Part(props: P) {
    const hydrating = useHydrating();
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      // Loaded between this render and now (a preload in flight): render again, with it.
      if (loaded) {
        startTransition(() => setReady(true));
        return;
      }
      let mounted = true;
      const stop = () => {
        window.clearInterval(retry);
        window.removeEventListener("online", attempt);
      };
      const attempt = () => {
        fetchCode().then(
          () => {
            stop();
            if (mounted) startTransition(() => setReady(true));
          },
          () => {},
        );
      };
      const retry = window.setInterval(attempt, RETRY_MS);
      window.addEventListener("online", attempt);
      attempt();
      return () => {
        mounted = false;
        stop();
      };
    }, []);
    if (!loaded && hydrating) {
      // Wait for the code rather than render nothing over the server's HTML. There is no Suspense
      // boundary on purpose: the server's page waits for the code (a moment, from disk) instead of
      // streaming the part after the rest, and the browser hydrates the page once the code is
      // there, before any effect or socket can update (and so discard) a part still waiting.
      // Failed, the mismatch makes React render the page afresh, and the retries above take over.
      firstRender ??= fetchCode().catch(() => null);
      const component = use(firstRender);
      return component ? createElement(component, props) : null;
    }
    return loaded ? createElement(loaded, props) : null;
  }

  return Object.assign(Part, {
    preload: () => {
      fetchCode().catch(() => {});
    },
  });
}
