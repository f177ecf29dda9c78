"use client";

import type { TextEntry } from "@/lib/domain/entries/text-entry";
import styles from "./entries.module.css";
import { EntryStatusBadge } from "./entry-status";

/** What this phone sent, newest first, each with where it stands. */
export function OwnEntries({ heading, entries }: { heading: string; entries: readonly TextEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="own-entries">
      <h2 id="own-entries" className={styles.sectionTitle}>
        {heading}
      </h2>
      <ul className={styles.entryList} data-testid="own-entries">
        {entries.map((entry) => (
          <li key={entry.id} className={styles.entryCard} data-status={entry.status}>
            <p className={styles.entryText}>{entry.text}</p>
            <EntryStatusBadge status={entry.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
