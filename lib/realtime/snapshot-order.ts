/** The order of results snapshots, apart from the contract's schemas: a phone needs this, not them. */
import type { ResultsSnapshot } from "./contract";

/** Whether `next` should replace `current`: another poll's, or a newer version of the same poll's. */
export function isNewerSnapshot(next: ResultsSnapshot, current: ResultsSnapshot | null | undefined): boolean {
  return !current || current.pollId !== next.pollId || next.version >= current.version;
}
