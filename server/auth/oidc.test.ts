import { describe, expect, it } from "vitest";
import { displayNameOf, safeReturnPath } from "./oidc";

describe("sign-in", () => {
  it("goes back only to a path of this site", () => {
    expect(safeReturnPath("/invite/abc?x=1")).toBe("/invite/abc?x=1");
    expect(safeReturnPath("/console/ABC123")).toBe("/console/ABC123");
    for (const away of ["//evil.example/x", "/\\evil.example", "/\t/evil.example", "https://evil.example", "evil", "", null, undefined]) {
      expect(safeReturnPath(away), String(away)).toBe("/events");
    }
  });

  it("names a moderator by the provider's display name, else user name, else the e-mail's local part", () => {
    expect(displayNameOf({ sub: "1", name: " Anna Amt ", preferred_username: "aamt" })).toBe("Anna Amt");
    expect(displayNameOf({ sub: "1", preferred_username: "aamt" })).toBe("aamt");
    expect(displayNameOf({ sub: "1", email: "anna.amt@bund.example" })).toBe("anna.amt");
    expect(displayNameOf({ sub: "f81d4fae-7dec-11d0-a765-00a0c91e6bf6" })).toBe("f81d4fae-7dec-11d0-a765-");
  });
});
