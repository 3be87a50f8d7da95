// Sign-in lock-out counted in PostgreSQL so that it holds across app instances:
// 10 failures for an address within 15 minutes lock it for 15 minutes. Each update
// is one atomic statement, so concurrent failures on several servers all count.
import "server-only";
import { db } from "@/lib/db";

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export async function isLockedOut(email: string): Promise<boolean> {
  const row = await db.loginThrottle.findUnique({ where: { email }, select: { lockedUntil: true } });
  return Boolean(row?.lockedUntil && row.lockedUntil > new Date());
}

export async function recordFailure(email: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO login_throttles (email, window_start, failures, locked_until)
    VALUES (${email}, now(), 1, NULL)
    ON CONFLICT (email) DO UPDATE SET
      window_start = CASE WHEN login_throttles.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                          THEN now() ELSE login_throttles.window_start END,
      failures = CASE WHEN login_throttles.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                      THEN 1 ELSE login_throttles.failures + 1 END,
      locked_until = CASE
        WHEN login_throttles.window_start >= now() - make_interval(mins => ${WINDOW_MINUTES})
         AND login_throttles.failures + 1 >= ${MAX_FAILURES}
        THEN now() + make_interval(mins => ${LOCK_MINUTES})
        ELSE login_throttles.locked_until END`;
}

export async function clearFailures(email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { email } });
}
