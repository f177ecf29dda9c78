"use client";

import { type ComponentType, createElement, useEffect, useState } from "react";

/** How often a part whose code could not be fetched is tried again (besides when the browser is back online). */
const RETRY_MS = 5_000;

export type LazyPart<P> = ComponentType<P> & {
  /** Fetches the part's code ahead, so it is there (and in the phone's offline cache) before it is shown. */
  preload: () => void;
};

/**
 * A kind's component, loaded when a screen first needs it: a phone loads the
 * input of the kind it votes in and nothing of the others (drag and drop
 * only for rankings), the console its review panels. Boards and result lists
 * stay in the bundle: the projector measures them to fit. Until the code is there
 * (a few milliseconds from our own server) the part renders nothing. A fetch
 * that fails (a phone gone offline) is tried again, never turned into an
 * error screen: React.lazy would keep the failure for good.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
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

  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level (the kinds' index files), never in a render
  function Part(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      // Loaded between this render and now (a preload in flight): render again, with it.
      if (loaded) {
        setReady(true);
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
            if (mounted) setReady(true);
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
    return loaded ? createElement(loaded, props) : null;
  }

  return Object.assign(Part, {
    preload: () => {
      fetchCode().catch(() => {});
    },
  });
}
