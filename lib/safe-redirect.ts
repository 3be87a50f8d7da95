// Only same-origin paths are accepted as post-sign-in destinations (no open redirect).
// The raw value is resolved the way a browser resolves it, against a placeholder
// origin: a browser drops tab and newline characters from a URL, so "/\t/evil.example"
// is "//evil.example", another host. Control characters are refused outright, and what
// comes back is the resolved path, never the raw string.
const BASE = "https://sourcebench.invalid";

export function safeCallbackPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length > 2000 || !raw.startsWith("/")) return fallback;
  if (/[\u0000-\u001F\u007F\\]/.test(raw)) return fallback;
  let u: URL;
  try {
    u = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (u.origin !== BASE) return fallback;
  const path = `${u.pathname}${u.search}${u.hash}`;
  if (path.startsWith("//") || path.startsWith("/signin")) return fallback;
  return path;
}
