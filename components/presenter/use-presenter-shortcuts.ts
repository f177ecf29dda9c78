"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * The projector's keys: F toggles fullscreen, H hides the results on this
 * screen only (the moderator's "show results" decides for every screen).
 * Keys typed into a form field, or with a modifier, are left alone.
 */
export function usePresenterShortcuts() {
  const [fullscreen, setFullscreen] = useState(false);
  const [locallyHidden, setLocallyHidden] = useState(false);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  const toggleLocallyHidden = useCallback(() => setLocallyHidden((hidden) => !hidden), []);

  useEffect(() => {
    const onFullscreenChange = () => setFullscreen(document.fullscreenElement !== null);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      const key = event.key.toLowerCase();
      if (key === "f") toggleFullscreen();
      else if (key === "h") toggleLocallyHidden();
      else return;
      event.preventDefault();
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    window.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("fullscreenchange", onFullscreenChange);
      window.removeEventListener("keydown", onKey);
    };
  }, [toggleFullscreen, toggleLocallyHidden]);

  return { fullscreen, toggleFullscreen, locallyHidden, toggleLocallyHidden };
}
