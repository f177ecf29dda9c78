"use client";

import { toPng, toSvg } from "html-to-image";
import { useEffect, useRef, useState } from "react";
import { JoinBox, LiveStage } from "../presenter/live-stage";
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideAnswer, type SlideRequest } from "./slide-protocol";

const answer = (message: SlideAnswer) => window.parent.postMessage(message, window.location.origin);

/** Resolves once `done()` holds, checked whenever the element or anything in it changes. */
function when(element: Element, done: () => boolean): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, childList: true, subtree: true });
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The frame's side: renders the stage it is sent, waits until it has settled, and answers with its picture. */
export function SlideFrame() {
  const [request, setRequest] = useState<SlideRequest | null>(null);
  const stageHost = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent<SlideRequest>) => {
      if (event.origin !== window.location.origin || event.source !== window.parent || event.data?.type !== "slide:render") return;
      setRequest(event.data);
    };
    window.addEventListener("message", onMessage);
    answer({ type: "slide:ready" });
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    const stage = stageHost.current?.querySelector("main");
    if (!request || !stage) return;
    let current = true;
    void (async () => {
      try {
        await document.fonts.ready;
        // The stage has fitted its type, and no board is still laying itself out (a word cloud).
        await when(stage, () => stage.hasAttribute("data-settled") && !stage.querySelector("[data-busy]"));
        // Bars grow into place: let the transitions finish before the picture (a pulsing dot never does).
        const ending = stage.getAnimations({ subtree: true }).filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
        await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
        await nextFrame();
        const options = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, pixelRatio: 1, cacheBust: false };
        const dataUrl = request.format === "png" ? await toPng(stage, options) : await toSvg(stage, options);
        if (current) answer({ type: "slide:done", dataUrl });
      } catch (error) {
        if (current) answer({ type: "slide:failed", message: String(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [request]);

  if (!request) return null;
  const { poll, results } = request;
  return (
    <div ref={stageHost}>
      <LiveStage
        poll={poll}
        eventTitle={request.eventTitle}
        snapshot={{ pollId: poll.id, version: 0, ballotCount: results.ballotCount, connectedVoters: 0, results }}
        audience={null}
        leaderboard={null}
        locallyHidden={false}
        joinBox={<JoinBox host={new URL(request.joinUrl).host} code={request.code} joinUrl={request.joinUrl} />}
        toolbar={null}
        connection={null}
      />
    </div>
  );
}
