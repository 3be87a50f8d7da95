// Only same-site paths are accepted as post-sign-in destinations (no open redirect).
export function safeCallbackPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (raw.startsWith("/signin")) return fallback;
  return raw;
}
