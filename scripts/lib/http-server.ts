import type { Server } from "node:http";

// Node closes an idle kept-alive connection after 5 s. A client (a browser, a load
// balancer, a test's request context) that sends on a pooled connection just as the
// server closes it gets ECONNRESET; idle connections are kept longer than clients and
// proxies keep theirs (60 s is the common default), so the server is never the one
// to close a connection a client is about to reuse.
export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
