import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit";
import { createVoteWriter } from "./vote-writer";

const writer = () => createVoteWriter({ ballots: { storeVoteBatch: async () => [] } });

describe("group commit", () => {
  it("commits what arrives together in one batch, in order, answering each", async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number, string>({
      writer: writer(),
      commit: async (batch) => {
        batches.push(batch);
        return batch.map((n) => `ok ${n}`);
      },
    });
    const answers = await Promise.all([1, 2, 3].map((n) => group.submit(n)));
    expect(answers).toEqual(["ok 1", "ok 2", "ok 3"]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(await group.submit(4)).toBe("ok 4");
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it("splits batches at maxBatch", async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number, number>({ writer: writer(), maxBatch: 2, commit: async (batch) => {
        batches.push(batch);
        return batch;
      },
    });
    await Promise.all([1, 2, 3, 4, 5].map((n) => group.submit(n)));
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("retries a failed batch one by one, so only the bad command fails", async () => {
    const group = createGroupCommit<number, number>({
      writer: writer(),
      commit: async (batch) => {
        if (batch.includes(13)) throw new Error("unlucky");
        return batch.map((n) => n * 2);
      },
    });
    const answers = await Promise.allSettled([12, 13, 14].map((n) => group.submit(n)));
    expect(answers.map((a) => a.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(answers[0]).toMatchObject({ value: 24 });
    expect(answers[2]).toMatchObject({ value: 28 });
  });

  it("never runs beside a vote batch or another exclusive turn", async () => {
    const shared = writer();
    const order: string[] = [];
    const group = createGroupCommit<string, string>({
      writer: shared,
      commit: async (batch) => {
        order.push(`start ${batch.join("+")}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(`end ${batch.join("+")}`);
        return batch;
      },
    });
    await Promise.all([
      shared.exclusive(async () => {
        order.push("rebuild start");
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push("rebuild end");
      }),
      group.submit("a"),
      group.submit("b"),
    ]);
    expect(order).toEqual(["rebuild start", "rebuild end", "start a+b", "end a+b"]);
  });
});
