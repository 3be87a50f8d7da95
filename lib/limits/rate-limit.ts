// Fixed-window rate limits counted in PostgreSQL (one atomic upsert per request), so
// they hold across app instances: a user's expensive requests (exports, file imports,
// the attribution assistant) are capped per minute, and one user cannot crowd out the
// others on a shared instance.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const RATE_LIMITS = {
  export: { limit: 20, windowSeconds: 60, what: "exports" },
  import: { limit: 30, windowSeconds: 60, what: "new articles" },
  // Each fetch of a web page (preview or re-import) costs this server a connection.
  fetch: { limit: 20, windowSeconds: 60, what: "page fetches" },
  suggest: { limit: 20, windowSeconds: 60, what: "suggestion runs" },
  annotations: { limit: 10, windowSeconds: 60, what: "annotation imports" },
  team: { limit: 5, windowSeconds: 3600, what: "new teams" },
} as const;

export type TRateLimit = keyof typeof RATE_LIMITS;

export async function consumeRateLimit(userId: string, kind: TRateLimit): Promise<void> {
  const { limit, windowSeconds, what } = RATE_LIMITS[kind];
  const key = `user:${userId}:${kind}`;
  const rows = await db.$queryRaw<Array<{ count: number; retry: number }>>`
    INSERT INTO rate_limits AS r (key, window_start, count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN r.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE r.window_start END,
      count = CASE WHEN r.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE r.count + 1 END
    RETURNING r.count, ceil(extract(epoch FROM r.window_start + make_interval(secs => ${windowSeconds}) - now()))::int AS retry`;
  const row = rows[0]!;
  if (row.count > limit) {
    const per = windowSeconds === 60 ? "a minute" : windowSeconds === 3600 ? "an hour" : `${windowSeconds} seconds`;
    throw new AppError("RATE_LIMITED", `That is more than ${limit} ${what} in ${per}. Try again in ${Math.max(1, row.retry)} seconds.`);
  }
}
