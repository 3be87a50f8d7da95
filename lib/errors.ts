// Error codes shared by data functions; mapped to HTTP responses and action results
// at the edge so a server error never leaks a stack trace or an internal message.
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  STALE: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "That item") => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "Your role does not allow this.") => new AppError("FORBIDDEN", message);
export const invalid = (message: string, details?: unknown) => new AppError("VALIDATION", message, details);

const UNAVAILABLE_MESSAGE = "The database is temporarily unavailable. Please try again in a moment.";

// Connection failures from pg / the Prisma adapter, recognised by their codes where
// they carry one, else by the driver's messages; the error, its causes and the adapter
// error Prisma wraps are all looked at.
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const cur = queue.shift();
    if (!cur || typeof cur !== "object" || seen.has(cur)) continue;
    seen.add(cur);
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown; kind?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown } };
    const code = typeof e.code === "string" ? e.code : typeof e.originalCode === "string" ? e.originalCode : "";
    if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "08006", "08001", "08003", "08004", "P1001", "P1017"].includes(code)) return true;
    // The driver adapter's own error kinds, e.g. a connection cut during BEGIN or COMMIT.
    if (typeof e.kind === "string" && ["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout"].includes(e.kind)) return true;
    // Seen when the server itself stops or restarts (e2e/faults.spec.ts): a query on a
    // connection the server is terminating, a pooled client whose connection died.
    if (
      typeof e.message === "string" &&
      /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|DatabaseNotReachable|terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)|Client has encountered a connection error|Client was closed and is not queryable|Code: `(57P0[123]|08\d\d\d)`/i.test(e.message)
    ) {
      return true;
    }
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}

// A statement PostgreSQL stopped at the app's statement or lock timeout (lib/db-options.ts).
export function isDatabaseTimeout(err: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (e.code === "57014" || e.code === "55P03" || e.originalCode === "57014" || e.originalCode === "55P03") return true;
    // P2028: no pooled connection came free for a transaction in time (a busy instance).
    if (e.code === "P2028") return true;
    if (typeof e.message === "string" && /canceling statement due to (statement|lock) timeout|lock timeout|Unable to start a transaction in the given time/i.test(e.message)) return true;
    cur = e.cause;
  }
  return false;
}

export type TPublicError = { code: TErrorCode; message: string; details?: unknown };

export function toPublicError(err: unknown): TPublicError {
  if (err instanceof AppError) return { code: err.code, message: err.message, details: err.details };
  if (isDatabaseUnavailable(err)) return { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
  if (isDatabaseTimeout(err)) return { code: "UNAVAILABLE", message: "That took the database too long and was stopped, so nothing was changed. Try again in a moment." };
  console.error("[sourcebench] unexpected error", err);
  return { code: "INTERNAL", message: "Something went wrong on our side. The error was logged." };
}

export function errorResponse(err: unknown): Response {
  const pub = toPublicError(err);
  const headers: Record<string, string> = {};
  if (pub.code === "UNAVAILABLE") headers["Retry-After"] = "5";
  return Response.json({ error: pub }, { status: ERROR_STATUS[pub.code], headers });
}

export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: TPublicError };

export async function runAction<T>(fn: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    // Next.js signals redirect()/notFound() by throwing; let those through.
    if (err && typeof err === "object" && "digest" in err && typeof (err as { digest: unknown }).digest === "string" && /^NEXT_/.test((err as { digest: string }).digest)) throw err;
    return { ok: false, error: toPublicError(err) };
  }
}
