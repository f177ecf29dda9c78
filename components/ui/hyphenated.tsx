"use client";

import { startTransition, useEffect, useState } from "react";
import type { HyphenationAnswer, HyphenationRequest } from "./hyphenation.worker";

type Hyphenate = (text: string) => string;

/** Texts hyphenated so far, as they came back from the worker. */
const hyphenated = new Map<string, string>();
/** Texts asked for and not answered yet, and those still to be sent with the next batch. */
const requested = new Set<string>();
let batch: string[] = [];
let worker: Worker | null = null;
let native: boolean | null = null;
let answeredOnce = false;
/** Grows with every request and answer, so components showing hyphenated text render again. */
let version = 0;
const listeners = new Set<() => void>();

/**
 * Whether the browser hyphenates German by itself (CSS `hyphens: auto`, as
 * Android's Chrome and iOS's Safari do): a long compound in a narrow box
 * then takes more than one line. Only on a German page, since `hyphens`
 * follows the page's language and the content is German either way.
 */
function browserHyphenatesGerman(): boolean {
  if (native !== null) return native;
  if (document.documentElement.lang !== "de") return false;
  const probe = document.createElement("span");
  probe.lang = "de";
  probe.textContent = "Verwaltungsdigitalisierungsstrategie";
  probe.style.cssText =
    "position:absolute;visibility:hidden;display:block;width:6em;font-size:16px;line-height:20px;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;word-break:normal";
  document.body.append(probe);
  native = probe.getBoundingClientRect().height > 30;
  probe.remove();
  return native;
}

function answered({ data }: MessageEvent<HyphenationAnswer>): void {
  data.texts.forEach((text, index) => {
    hyphenated.set(text, data.hyphenated[index] ?? text);
    requested.delete(text);
  });
  answeredOnce = true;
  changed();
}

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Sends the texts asked for since the last batch; the worker (and its patterns) starts with the first. */
function sendBatch(): void {
  if (batch.length === 0) return;
  const texts = batch;
  batch = [];
  if (!worker) {
    worker = new Worker(new URL("./hyphenation.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", answered);
  }
  worker.postMessage({ texts } satisfies HyphenationRequest);
}

/**
 * Renders a component again when texts have been asked for or hyphenated. As
 * a transition: re-rendering every label on screen is never urgent, and a
 * transition yields to the phone's input instead of blocking it.
 */
function useHyphenationVersion(): number {
  const [shown, setShown] = useState(() => version);
  useEffect(() => {
    const listener = () => startTransition(() => setShown(version));
    listeners.add(listener);
    // An answer that came between this component's render and now.
    if (shown !== version) listener();
    return () => {
      listeners.delete(listener);
    };
  }, [shown]);
  return shown;
}

/** Asks the worker for a text once; called from effects, after the text has been painted as it is. */
function request(texts: Iterable<string>): void {
  if (typeof Worker === "undefined" || browserHyphenatesGerman()) return;
  const before = batch.length;
  for (const text of texts) {
    if (hyphenated.has(text) || requested.has(text)) continue;
    requested.add(text);
    batch.push(text);
  }
  if (batch.length === before) return;
  queueMicrotask(sendBatch);
  changed();
}

/** Whether every text asked for is hyphenated, or the browser hyphenates by itself. */
function isSettled(): boolean {
  return typeof Worker === "undefined" || browserHyphenatesGerman() || (answeredOnce && requested.size === 0);
}

/**
 * Soft-hyphenates text so that long German compounds break at syllables
 * ("Verwaltungs-digitalisierungs-strategie") instead of at an arbitrary letter.
 * Browsers only hyphenate by themselves where they ship a dictionary, which
 * many (Chromium on Linux among them) do not; where they do, the text stays
 * as it is and CSS hyphenates it. Elsewhere a worker hyphenates the texts a
 * screen shows, after the first paint and never on the main thread; until its
 * answer is there, the text shows as it is and CSS breaks it anywhere as a
 * last resort. Each text this function sees during a render is asked for once.
 */
export function useHyphenate(): Hyphenate {
  useHyphenationVersion();
  const seen: string[] = [];
  useEffect(() => request(seen));
  return (text) => {
    const known = hyphenated.get(text);
    if (known !== undefined) return known;
    seen.push(text);
    return text;
  };
}

/**
 * Whether the texts on screen show as they finally will: what a screen that
 * measures its text (the projector's fit) and a picture of it wait for.
 */
export function useHyphenationSettled(): boolean {
  const shown = useHyphenationVersion();
  const [settled, setSettled] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` changes with every request and answer, which is when to ask again
  useEffect(() => setSettled(isSettled()), [shown]);
  return settled;
}

/**
 * Text shown hyphenated; assistive technology and text search get it without
 * the soft hyphens, exactly as the moderator typed it.
 */
export function Hyphenated({ text }: { text: string }) {
  const hyphenate = useHyphenate();
  const shown = hyphenate(text);
  if (shown === text) return <>{text}</>;
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="sr-only">{text}</span>
    </>
  );
}
