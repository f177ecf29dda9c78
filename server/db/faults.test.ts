import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { createDatabaseGate, isDatabaseUnavailable } from "./faults";

/** Shaped as Prisma 7 reports a busy SQLite database through the driver adapter. */
const busy = Object.assign(new Error("Operation has timed out"), {
  code: "P1008",
  meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", originalMessage: "database is locked" } } },
});

describe("database faults", () => {
  it("tells a database that cannot serve from a request that is wrong", () => {
    expect(isDatabaseUnavailable(busy)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Raw query failed. Code: `SQLITE_READONLY`. Message: `attempt to write a readonly database`"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    expect(isDatabaseUnavailable({ meta: { driverAdapterError: { cause: { originalCode: "57P01" } } } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable(new AppError("POLL_NOT_FOUND"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });

  it("fails writes at once for a moment after a fault, without touching the database, then tries again", async () => {
    let time = 0;
    const gate = createDatabaseGate({ coolDownMs: 1_000, now: () => time });
    const failing = vi.fn(async () => {
      throw busy;
    });
    await expect(gate.write(failing)).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    time = 999;
    const write = vi.fn(async () => "stored");
    await expect(gate.write(write)).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    expect(write).not.toHaveBeenCalled();
    time = 1_000;
    await expect(gate.write(write)).resolves.toBe("stored");
    // Other errors are the request's, and leave the gate open.
    await expect(gate.write(async () => Promise.reject(new AppError("POLL_NOT_FOUND")))).rejects.toMatchObject({ code: "POLL_NOT_FOUND" });
    await expect(gate.write(write)).resolves.toBe("stored");
  });
});
