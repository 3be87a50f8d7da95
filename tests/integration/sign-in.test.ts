import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/users/login-throttle";
import * as password from "@/lib/users/password";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { seedTeam, TEST_PASSWORD } from "../support/factory";

// Counts the password checks made against one real hash (not the dummy hash a refused
// attempt spends its time on).
vi.mock("@/lib/users/password", async (importOriginal) => {
  const real = await importOriginal<typeof password>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const checksAgainst = async (userId: string) => {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return vi.mocked(password.verifyPassword).mock.calls.filter(([hash]) => hash === passwordHash).length;
};

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

  it(`checks exactly ${LIMITS.pair.max} passwords from one client in a concurrent burst, then refuses it, even the right one; another client is not locked out`, async () => {
    const t = await seedTeam();
    const email = t.users.reviewer.email;
    const before = await checksAgainst(t.users.reviewer.id);
    await Promise.all(Array.from({ length: 25 }, () => verifyCredentials({ email, password: "wrong-password-here" }, "203.0.113.7")));
    expect((await checksAgainst(t.users.reviewer.id)) - before).toBe(LIMITS.pair.max);
    // Refused attempts check nothing (they wait as long as a check instead).
    expect(await verifyCredentials({ email, password: TEST_PASSWORD }, "203.0.113.7")).toBeNull();
    expect((await checksAgainst(t.users.reviewer.id)) - before).toBe(LIMITS.pair.max);
    // The account's owner, elsewhere, signs in: a stranger's guessing did not lock them out.
    expect((await verifyCredentials({ email, password: TEST_PASSWORD }, "198.51.100.1"))?.id).toBe(t.users.reviewer.id);

    // After the lock and the window, that client may try again.
    await db.loginThrottle.update({ where: { key: `pair:${email}|203.0.113.7` }, data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 3_600_000) } });
    expect((await verifyCredentials({ email, password: TEST_PASSWORD }, "203.0.113.7"))?.id).toBe(t.users.reviewer.id);
    expect(await db.loginThrottle.count({ where: { key: `pair:${email}|203.0.113.7` } })).toBe(0);
  });

  it(`bounds guessing from many clients: ${LIMITS.acct.max} attempts on an address, then a short lock for everyone`, async () => {
    const t = await seedTeam();
    const email = t.users.viewer.email;
    for (let i = 0; i < LIMITS.acct.max; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => verifyCredentials({ email, password: "wrong-password-here" }, `10.0.${i}.${j}`)));
    }
    expect(await verifyCredentials({ email, password: TEST_PASSWORD }, "198.51.100.9")).toBeNull();
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `acct:${email}` } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(LIMITS.acct.lockMinutes * 60_000);
  });

  it("does not lock for failures spread beyond the 15-minute window", async () => {
    const t = await seedTeam();
    const email = t.users.viewer.email;
    for (let i = 0; i < LIMITS.pair.max - 1; i++) await verifyCredentials({ email, password: "wrong-password-here" }, "c1");
    await db.loginThrottle.update({ where: { key: `pair:${email}|c1` }, data: { windowStart: new Date(Date.now() - 16 * 60_000) } });
    await verifyCredentials({ email, password: "wrong-password-here" }, "c1");
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `pair:${email}|c1` } });
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });
});
