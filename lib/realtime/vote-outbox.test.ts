import { describe, expect, it } from "vitest";
import { createVoteOutbox, type KeyValueStorage, type PendingVote } from "./vote-outbox";

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

const vote = (voteId: string, pollId = "p1", eventCode = "ABCDEF"): PendingVote => ({
  eventCode,
  pollId,
  voteId,
  ballot: { type: "ranking", ranking: ["a", "b"] },
  savedAt: 1,
});

describe("vote outbox", () => {
  it("keeps a vote across page loads until it is settled", () => {
    const storage = memoryStorage();
    createVoteOutbox(storage).keep(vote("v1"));
    const afterReload = createVoteOutbox(storage);
    expect(afterReload.pending("p1")).toEqual(vote("v1"));
    expect(afterReload.pending("p2")).toBeNull();
    afterReload.settle("p1", "v1");
    expect(createVoteOutbox(storage).pending("p1")).toBeNull();
  });

  it("lets a newer vote replace an older one, which then cannot settle it", () => {
    const outbox = createVoteOutbox(memoryStorage());
    outbox.keep(vote("v1"));
    outbox.keep(vote("v2"));
    outbox.settle("p1", "v1");
    expect(outbox.pending("p1")?.voteId).toBe("v2");
  });

  it("treats a corrupt or foreign entry as no vote", () => {
    const storage = memoryStorage();
    storage.setItem("barometer:outbox:p1", "{not json");
    storage.setItem("barometer:outbox:p2", JSON.stringify({ ...vote("v1", "p1") }));
    const outbox = createVoteOutbox(storage);
    expect(outbox.pending("p1")).toBeNull();
    expect(outbox.pending("p2")).toBeNull();
  });

  it("still works for the page's lifetime when storage throws", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const outbox = createVoteOutbox(broken);
    outbox.keep(vote("v1"));
    expect(outbox.pending("p1")?.voteId).toBe("v1");
    outbox.saveDraft("p1", ["b"]);
    expect(outbox.draft("p1")).toEqual(["b"]);
  });

  it("lists the waiting votes of one event only, and forgets settled ones", () => {
    const storage = memoryStorage();
    const outbox = createVoteOutbox(storage);
    outbox.keep(vote("v1", "p1"));
    outbox.keep(vote("v2", "p2"));
    outbox.keep(vote("v3", "p3", "OTHERS"));
    expect(createVoteOutbox(storage).pendingForEvent("abcdef").map((v) => v.voteId)).toEqual(["v1", "v2"]);
    outbox.settle("p1", "v1");
    expect(createVoteOutbox(storage).pendingForEvent("ABCDEF").map((v) => v.voteId)).toEqual(["v2"]);
    expect(createVoteOutbox(storage).pendingForEvent("OTHERS").map((v) => v.voteId)).toEqual(["v3"]);
  });

  it("keeps and clears an unfinished answer per poll", () => {
    const storage = memoryStorage();
    const outbox = createVoteOutbox(storage);
    outbox.saveDraft("p1", ["b", "a"]);
    expect(createVoteOutbox(storage).draft("p1")).toEqual(["b", "a"]);
    outbox.saveDraft("p1", null);
    expect(createVoteOutbox(storage).draft("p1")).toBeNull();
    outbox.saveDraft("p1", ["a"]);
    outbox.clearDraft("p1");
    expect([...storage.entries.keys()].filter((key) => key.includes("draft"))).toEqual([]);
  });

  it("remembers the event as last seen, and ignores a state of the wrong shape", () => {
    const storage = memoryStorage();
    const state = {
      event: { code: "ABCDEF", title: "Forum" },
      deletesOn: "2027-05-28T09:00:00.000Z",
      livePoll: { id: "p1", question: "Q?", status: "open", items: [{ id: "a", label: "A" }], type: "ranking" },
      qaPoll: { id: "p2", question: "Fragen?", status: "open", items: [], type: "qa" },
    };
    createVoteOutbox(storage).rememberEvent("abcdef", state as never);
    expect(createVoteOutbox(storage).rememberedEvent("ABCDEF")).toEqual(state);
    // A state remembered before phones knew of a Q&A reads as one without.
    storage.setItem("barometer:event:OLDOLD", JSON.stringify({ event: state.event, livePoll: null }));
    expect(createVoteOutbox(storage).rememberedEvent("OLDOLD")).toEqual({ event: state.event, deletesOn: "", livePoll: null, qaPoll: null });
    storage.setItem("barometer:event:XYZXYZ", JSON.stringify({ event: {} }));
    expect(createVoteOutbox(storage).rememberedEvent("XYZXYZ")).toBeNull();
  });
});
