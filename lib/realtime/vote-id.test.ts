import { describe, expect, it } from "vitest";
import { z } from "../domain/zod";
import { createVoteId } from "./vote-id";

describe("createVoteId", () => {
  it("makes distinct ids the vote schema accepts as UUIDs", () => {
    const ids = Array.from({ length: 200 }, createVoteId);
    for (const id of ids) expect(z.uuid().safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
