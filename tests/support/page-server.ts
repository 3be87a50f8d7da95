// A web server inside the test process for the URL-import tests: serves the news pages
// of ./news-pages.ts and the awkward answers real sites give (redirect chains, a 404,
// a 10 MB page, a page that never finishes, a gzip bomb), and logs every request it
// receives, so a test can prove that a refused address was never connected to.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { NEWS_PAGES } from "./news-pages";

export type TPageServer = { port: number; base: string; log: string[]; routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>; close: () => Promise<void> };

export async function startServer(host = "127.0.0.1", port = 0): Promise<TPageServer> {
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const log: string[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    open.add(res);
    res.on("close", () => open.delete(res));
    const route = routes.get((req.url ?? "/").split("?")[0]!);
    if (route) return route(req, res);
    res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    base: `http://${host.includes(":") ? `[${host}]` : host}:${bound}`,
    log,
    routes,
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// The news pages and the awkward answers, at fixed paths.
export async function startNewsServer(port = 0): Promise<TPageServer> {
  const srv = await startServer("127.0.0.1", port);
  const html = (body: string | Buffer, type = "text/html; charset=utf-8") => (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200, { "content-type": type }).end(body);
  for (const [path, page] of Object.entries(NEWS_PAGES)) srv.routes.set(path, html(page.html, page.contentType));
  const redirect = (to: string, status = 302) => (_req: IncomingMessage, res: ServerResponse) => res.writeHead(status, { location: to }).end();
  srv.routes.set("/old-link", redirect("/r2", 301));
  srv.routes.set("/r2", redirect(`${srv.base}/r3`, 307));
  srv.routes.set("/r3", redirect("/wordpress", 308));
  for (let i = 0; i < 7; i++) srv.routes.set(`/loop${i}`, redirect(`/loop${i + 1}`));
  srv.routes.set("/huge", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const chunk = Buffer.alloc(64 * 1024, "<p>filler paragraph said nothing.</p>");
    let sent = 0;
    const pump = () => {
      while (sent < 10 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  // Headers and the start of a page, then nothing, ever.
  srv.routes.set("/slow", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.write("<html><body><p>The first paragraph arrives");
  });
  // 50 MB of spaces in 50 KB of gzip, sent as an HTML page.
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, " "), { level: 9 });
  srv.routes.set("/bomb", (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip", "content-length": String(bomb.length) }).end(bomb));
  srv.routes.set("/gzipped", (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(gzipSync(Buffer.from(NEWS_PAGES["/amp"].html as string))));
  srv.routes.set("/report.pdf", (_req, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"));
  srv.routes.set("/empty", html("<html><head><title>Nothing here</title></head><body><nav><a href='/'>Home</a></nav></body></html>"));
  srv.routes.set("/plain.txt", html("Wire copy.\r\n\r\nOfficials said the road reopens Monday.\r\n", "text/plain; charset=utf-8"));
  return srv;
}
