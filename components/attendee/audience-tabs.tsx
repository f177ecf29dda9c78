"use client";

import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import styles from "./attendee-screen.module.css";

/**
 * The phone's two things at once, when the event runs a Q&A beside its live
 * poll: tabs for the poll and the questions (WAI-ARIA tabs: arrow keys move
 * between them). Without a side panel, just the main content.
 */
export function AudienceTabs(props: { mainLabel: string; side: { label: string; panel: ReactNode } | null; children: ReactNode }) {
  const [selected, setSelected] = useState<"main" | "side">("main");
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (!props.side) return <>{props.children}</>;

  const entries = [
    { id: "main", label: props.mainLabel },
    { id: "side", label: props.side.label },
  ] as const;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    event.preventDefault();
    const next = event.key === "Home" ? "main" : event.key === "End" ? "side" : selected === "main" ? "side" : "main";
    setSelected(next);
    tabs.current[next === "main" ? 0 : 1]?.focus();
  };

  return (
    <>
      <div role="tablist" className={styles.tabs} onKeyDown={onKeyDown}>
        {entries.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={selected === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={selected === tab.id ? 0 : -1}
            className={styles.tab}
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-main" aria-labelledby="tab-main" hidden={selected !== "main"}>
        {props.children}
      </div>
      <div role="tabpanel" id="panel-side" aria-labelledby="tab-side" hidden={selected !== "side"}>
        {props.side.panel}
      </div>
    </>
  );
}
