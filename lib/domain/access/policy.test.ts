import { describe, expect, it } from "vitest";
import { can, mayCreateEvent, roleOf } from "./policy";

describe("access policy", () => {
  it("makes the link holder the owner only while no account owns the event", () => {
    expect(roleOf({ via: "link", eventHasOwner: false })).toBe("owner");
    expect(roleOf({ via: "link", eventHasOwner: true })).toBe("moderator");
    expect(roleOf({ via: "account", role: "moderator" })).toBe("moderator");
    expect(roleOf({ via: "account", role: null })).toBeNull();
  });

  it("lets owners manage and moderate, moderators moderate, and others nothing", () => {
    expect(can("owner", "manage")).toBe(true);
    expect(can("owner", "moderate")).toBe(true);
    expect(can("moderator", "moderate")).toBe(true);
    expect(can("moderator", "manage")).toBe(false);
    expect(can(null, "moderate")).toBe(false);
  });

  it("lets people create events as the operator set it", () => {
    const stranger = { signedIn: false, keyMatches: false };
    expect(mayCreateEvent("anyone", stranger)).toBe(true);
    expect(mayCreateEvent("signed-in", stranger)).toBe(false);
    expect(mayCreateEvent("signed-in", { signedIn: true, keyMatches: false })).toBe(true);
    expect(mayCreateEvent("key", stranger)).toBe(false);
    expect(mayCreateEvent("key", { signedIn: false, keyMatches: true })).toBe(true);
    expect(mayCreateEvent("key", { signedIn: true, keyMatches: false })).toBe(true);
  });
});
