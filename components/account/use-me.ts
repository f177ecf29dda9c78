"use client";

import { useEffect, useState } from "react";
import type { EventCreationMode } from "@/lib/domain/access/policy";

export interface Me {
  account: { id: string; name: string } | null;
  signInAvailable: boolean;
  eventCreation: EventCreationMode;
}

/** Who is signed in, and what the instance offers; null while asking. */
export function useMe(): Me | null {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch("/api/me", { cache: "no-store" })
      .then((response) => response.json() as Promise<Me>)
      .then((body) => {
        if (!cancelled) setMe(body);
      })
      .catch(() => {
        if (!cancelled) setMe({ account: null, signInAvailable: false, eventCreation: "anyone" });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return me;
}

/** Where to sign in so that the browser comes back here. */
export const signInHref = (returnTo: string) => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
