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

/** An open-answers poll: one approved answer and one waiting for approval, sent a minute apart. */
export function entriesExport(): EventExport {
  const entries = [
    { id: "e1", text: "Mehr Mut zur Lücke", status: "approved" as const, createdAt: "2025-03-11T09:30:00.000Z" },
    { id: "e2", text: "Weniger Formulare", status: "pending" as const, createdAt: "2025-03-11T09:31:00.000Z" },
  ];
  const poll: PollForExport = {
    id: "p-open",
    type: "open_text",
    question: "Was wünschen Sie sich von der Verwaltung?",
    status: "closed",
    items: [],
    config: { moderation: "pre", maxLength: 280, maxEntries: 3 },
    results: { type: "open_text", ballotCount: 2, mode: "pre", counts: { approved: 1, pending: 1, hidden: 0 }, entries, featuredId: null },
    ballots: [],
    entries: entries.map(({ id, text }, index) => ({ participantKey: `key-${index}`, id, text, authorName: null })),
    upvotes: [],
  };
  return buildEventExport({
    event: { code: "K7MXQ2", title: "Forum „Digitaler Staat“ 2025", createdAt: new Date("2025-03-11T09:00:00Z"), deletionDate: new Date("2025-09-07T09:00:00Z") },
    polls: [poll],
    now: new Date("2025-03-12T08:00:00Z"),
    randomId: counter(),
  });
}

export function counter(prefix = "r"): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}
