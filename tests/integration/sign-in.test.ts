import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_FAILURES } from "@/lib/users/login-throttle";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { seedTeam, TEST_PASSWORD } from "../support/factory";

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the address", async () => {
    const t = await seedTeam();
    const user = await verifyCredentials({ email: t.users.editor.email.toUpperCase(), password: TEST_PASSWORD });
    expect(user?.id).toBe(t.users.editor.id);
  });

  it("refuses a wrong password and an unknown address alike", async () => {
    const t = await seedTeam();
    expect(await verifyCredentials({ email: t.users.editor.email, password: "wrong-password-here" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@test.sourcebench.test", password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: 42, password: null })).toBeNull();
  });

  it(`locks an account after ${MAX_FAILURES} failures, even for the right password, and counts in PostgreSQL`, async () => {
    const t = await seedTeam();
    const email = t.users.reviewer.email;
    // Concurrent failures, as from several app instances, must all be counted.
    await Promise.all(Array.from({ length: MAX_FAILURES }, () => verifyCredentials({ email, password: "wrong-password-here" })));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { email } });
    expect(row.failures).toBe(MAX_FAILURES);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await verifyCredentials({ email, password: TEST_PASSWORD })).toBeNull();

    await db.loginThrottle.update({ where: { email }, data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 3_600_000) } });
    expect((await verifyCredentials({ email, password: TEST_PASSWORD }))?.id).toBe(t.users.reviewer.id);
    expect(await db.loginThrottle.count({ where: { email } })).toBe(0);
  });

  it("does not lock for failures spread beyond the 15-minute window", async () => {
    const t = await seedTeam();
    const email = t.users.viewer.email;
    for (let i = 0; i < MAX_FAILURES - 1; i++) await verifyCredentials({ email, password: "wrong-password-here" });
    await db.loginThrottle.update({ where: { email }, data: { windowStart: new Date(Date.now() - 16 * 60_000) } });
    await verifyCredentials({ email, password: "wrong-password-here" });
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { email } });
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });
});
