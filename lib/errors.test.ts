import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, toPublicError } from "./errors";

// Shapes seen when PostgreSQL goes away mid-request (the fault drill in e2e/faults.spec.ts).
const adapterError = (kind: string) => Object.assign(new Error(kind), { name: "DriverAdapterError", cause: { kind } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["pg refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["server shutting down", Object.assign(new Error("terminating connection"), { code: "57P01" })],
    ["Prisma cannot reach the server", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["pg connection terminated", new Error("Connection terminated unexpectedly")],
    ["adapter: connection closed during COMMIT", adapterError("ConnectionClosed")],
    ["adapter: not reachable", adapterError("DatabaseNotReachable")],
    ["wrapped in a Prisma error", Object.assign(new Error("Invalid invocation"), { cause: adapterError("ConnectionClosed") })],
    // Seen when the server process itself stops mid-load (e2e/faults.spec.ts).
    ["server terminating the connection, inside a Prisma raw-query error", Object.assign(new Error("Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`"), { code: "P2010", meta: { driverAdapterError: new Error("terminating connection due to administrator command") } })],
    ["a pooled client whose connection died", new Error("Client has encountered a connection error and is not queryable")],
    ["server starting up", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
  ])("%s → unavailable (503)", (_label, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(toPublicError(err).code).toBe("UNAVAILABLE");
  });

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["an adapter error that is a bug, not an outage", adapterError("UniqueConstraintViolation")],
    ["a plain error", new Error("boom")],
  ])("%s → not unavailable", (_label, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe("a busy instance", () => {
  it("a transaction that found no free connection in time is a 503 with a retry, not a 500", () => {
    const err = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    expect(toPublicError(err)).toMatchObject({ code: "UNAVAILABLE" });
    expect(toPublicError(new Error("Unable to start a transaction in the given time.")).code).toBe("UNAVAILABLE");
  });
});
