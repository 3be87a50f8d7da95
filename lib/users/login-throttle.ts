// Sign-in attempts counted in PostgreSQL, so that every app instance enforces the same
// limits. Each attempt is counted *before* its password is checked, in one atomic
// statement, so a concurrent burst gets exactly the allowed number of checks.
// Two counters per attempt:
// - the address with the client it came from: 10 attempts in 15 minutes, then that
//   client waits 15 minutes. A stranger guessing a known admin's password locks out
//   only themselves;
// - the address alone, from anywhere: 100 attempts in 15 minutes, then 5 minutes for
//   everyone. This bounds guessing from many clients (or forged client addresses) and
//   is the only lock a stranger can put on someone else, briefly.
// A correct password clears the counters it passed.
import "server-only";
import { db } from "@/lib/db";

export const LIMITS = {
  pair: { max: 10, windowMinutes: 15, lockMinutes: 15 },
  acct: { max: 100, windowMinutes: 15, lockMinutes: 5 },
} as const;
export const MAX_FAILURES = LIMITS.pair.max;

type TKind = keyof typeof LIMITS;
const keyOf = (kind: TKind, email: string, client: string) => (kind === "pair" ? `pair:${email}|${client}` : `acct:${email}`);

async function count(key: string, kind: TKind): Promise<boolean> {
  const { max, windowMinutes, lockMinutes } = LIMITS[kind];
  // A row starts afresh once its window and any lock have passed.
  const rows = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO login_throttles AS t (key, window_start, failures, locked_until)
    VALUES (${key}, now(), 1, CASE WHEN 1 >= ${max} THEN now() + make_interval(mins => ${lockMinutes}) END)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN t.window_start <= now() - make_interval(mins => ${windowMinutes}) AND coalesce(t.locked_until <= now(), TRUE)
                          THEN now() ELSE t.window_start END,
      failures = CASE WHEN t.window_start <= now() - make_interval(mins => ${windowMinutes}) AND coalesce(t.locked_until <= now(), TRUE)
                      THEN 1 ELSE t.failures + 1 END,
      locked_until = CASE
        WHEN t.window_start <= now() - make_interval(mins => ${windowMinutes}) AND coalesce(t.locked_until <= now(), TRUE) THEN NULL
        WHEN t.failures + 1 >= ${max} THEN greatest(coalesce(t.locked_until, now()), now() + make_interval(mins => ${lockMinutes}))
        ELSE t.locked_until END
    RETURNING t.failures`;
  return rows[0]!.failures <= max;
}

/** Counts this attempt; false when it is over a limit (its password must not be checked). */
export async function admitAttempt(email: string, client: string): Promise<boolean> {
  const [pair, acct] = await Promise.all([count(keyOf("pair", email, client), "pair"), count(keyOf("acct", email, client), "acct")]);
  return pair && acct;
}

export async function clearAttempts(email: string, client: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: { in: [keyOf("pair", email, client), keyOf("acct", email, client)] } } });
}
