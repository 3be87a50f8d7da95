// Runs before every page: sends signed-out visitors to the sign-in page, and sets a
// per-request Content-Security-Policy whose script nonce Next.js applies to its own
// scripts. It only looks for the session cookie; it is not a security boundary —
// every data function checks the session, membership and role itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// /f/: published fact-check pages, for readers with no account.
const PUBLIC_PATHS = [/^\/signin(\/|$)/, /^\/invite\//, /^\/api\//, /^\/f\//];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // No 'unsafe-inline' for scripts: only scripts carrying this request's nonce run.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Chart and dialog libraries set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// The server-action body limit of next.config.js; a larger body is refused here with a
// 413 instead of failing inside Next.js with a 500.
const MAX_ACTION_BYTES = 3 * 1024 * 1024;

// Server-action posts that can be answered at the door with a clear status: too large,
// or from another site (Next.js refuses a foreign Origin too, but as a 500).
function refuseAction(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_ACTION_BYTES) {
    return NextResponse.json({ error: { code: "PAYLOAD_TOO_LARGE", message: "That request is too large (over 3 MB)." } }, { status: 413 });
  }
  const origin = request.headers.get("origin");
  if (origin) {
    let sameHost = false;
    try {
      sameHost = new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
    } catch {
      sameHost = false;
    }
    if (!sameHost) return NextResponse.json({ error: { code: "FORBIDDEN", message: "That request came from another site." } }, { status: 403 });
  }
  return null;
}

export function proxy(request: NextRequest) {
  const refused = refuseAction(request);
  if (refused) return refused;
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((re) => re.test(pathname));
  if (!isPublic && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
