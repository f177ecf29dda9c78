/**
 * The incremental aggregate of entry kinds: every entry of a poll by id, in
 * memory. A moderator's decision or an upvote is remove(old) then add(new),
 * like a changed ballot. The result lists each status in the kind's order,
 * at most ENTRY_LIST_LIMIT of each, and counts all of them.
 */
import type { Aggregate } from "../poll-kinds/kind";
import type { EntryStatus, TextEntry } from "./text-entry";

export const ENTRY_LIST_LIMIT = 200;

export type EntryCounts = Record<EntryStatus, number>;

export interface EntryListSnapshot {
  counts: EntryCounts;
  /** Approved, then pending, then hidden; each in the kind's order, at most ENTRY_LIST_LIMIT of each. */
  entries: TextEntry[];
}

export const newestFirst = (a: TextEntry, b: TextEntry) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export function createEntryList(order: (a: TextEntry, b: TextEntry) => number) {
  const entries = new Map<string, TextEntry>();
  return {
    add(entry: TextEntry): void {
      entries.set(entry.id, entry);
    },
    remove(entry: TextEntry): void {
      entries.delete(entry.id);
    },
    get count(): number {
      return entries.size;
    },
    snapshot(): EntryListSnapshot {
      const byStatus: Record<EntryStatus, TextEntry[]> = { approved: [], pending: [], hidden: [] };
      for (const entry of entries.values()) byStatus[entry.status].push(entry);
      const listed = (status: EntryStatus) => byStatus[status].sort(order).slice(0, ENTRY_LIST_LIMIT);
      return {
        counts: { approved: byStatus.approved.length, pending: byStatus.pending.length, hidden: byStatus.hidden.length },
        entries: [...listed("approved"), ...listed("pending"), ...listed("hidden")],
      };
    },
  };
}

/** An entry list as a kind's aggregate: `result` shapes the list (and how many entries there are) into the kind's result. */
export function createEntryAggregate<R>(
  order: (a: TextEntry, b: TextEntry) => number,
  result: (list: EntryListSnapshot & { count: number }) => R,
): Aggregate<TextEntry, R> {
  const list = createEntryList(order);
  return {
    add: list.add,
    remove: list.remove,
    get count() {
      return list.count;
    },
    result: () => result({ ...list.snapshot(), count: list.count }),
  };
}
