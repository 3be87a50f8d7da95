import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { env } from "../../lib/env";

// Node closes an idle kept-alive connection after 5 s. A client (a browser, a load
// balancer, a test's request context) that sends on a pooled connection just as the
// server closes it gets ECONNRESET; idle connections are kept longer than clients and
// proxies keep theirs (60 s is the common default), so the server is never the one
// to close a connection a client is about to reuse.
export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

export const CLIENT_HEADER = "x-sourcebench-client";

// The client a request came from, for the sign-in attempt limit: the connection's peer,
// or the first X-Forwarded-For hop when TRUST_PROXY says a proxy sets it. Always
// written here, so a value the client sent itself is never believed.
export function withClientAddress(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const trustProxy = env().TRUST_PROXY === "true";
  return (req: IncomingMessage, res: ServerResponse) => {
    const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0]!.trim() : "";
    req.headers[CLIENT_HEADER] = forwarded || req.socket.remoteAddress || "unknown";
    handle(req, res);
  };
}
