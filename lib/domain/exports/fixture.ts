/** A small event of several kinds, with text that tests every escaping rule, for the export tests. */
import { tallyPoll } from "../poll";
import { buildEventExport, type EventExport, type PollForExport } from "./event-export";

const ranking = {
  id: "p-rank",
  type: "ranking" as const,
  question: "Was macht Sie leistungsfähig; was \"bremst\", Sie?",
  status: "closed" as const,
  items: [
    { id: "trust", label: "Vertrauen, Offenheit" },
    { id: "time", label: "=HYPERLINK(\"http://evil.example\")" },
    { id: "focus", label: "Fokus\nund Ruhe" },
  ],
  config: {},
};
const rankingBallots = [
  { participantKey: "key-anna", ballot: { type: "ranking" as const, ranking: ["trust", "time", "focus"] } },
  { participantKey: "key-ben", ballot: { type: "ranking" as const, ranking: ["time", "trust"] } },
];
const scale = {
  id: "p-scale",
  type: "scale" as const,
  question: "Digitalisierung gelingt",
  status: "open" as const,
  items: [{ id: "s1", label: "@Führung -geht voran" }],
  config: { scale: { min: -2, max: 2, minLabel: "", maxLabel: "" } },
};
const scaleBallots = [
  { participantKey: "key-anna", ballot: { type: "scale" as const, ratings: { s1: -2 } } },
  { participantKey: "key-cem", ballot: { type: "scale" as const, ratings: { s1: 1 } } },
];

const pollOf = (poll: typeof ranking | typeof scale, ballots: PollForExport["ballots"]): PollForExport => ({
  ...poll,
  results: tallyPoll(poll, ballots.map((b) => b.ballot)),
  ballots,
  entries: [],
  upvotes: [],
});

export function sampleExport(randomId: () => string = counter()): EventExport {
  return buildEventExport({
    event: { code: "K7MXQ2", title: "Forum „Digitaler Staat“ 2025", createdAt: new Date("2025-03-11T09:00:00Z"), deletionDate: new Date("2025-09-07T09:00:00Z") },
    polls: [pollOf(ranking, rankingBallots), pollOf(scale, scaleBallots)],
    now: new Date("2025-03-12T08:00:00Z"),
    randomId,
  });
}

export function counter(prefix = "r"): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}
