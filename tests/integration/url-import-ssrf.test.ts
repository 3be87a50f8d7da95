// The SSRF matrix: every address a reviewer could use to make the server reach inside
// its own network is refused with its message, and no connection reaches the server
// listening there (its access log stays empty). The target listens on every local
// address, IPv4 and IPv6, on a port the guard is told is an ordinary one, so only the
// address rule stands between a request and it. The test-only allow-list is unset here
// except where a case says so, and even then names only the redirecting server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previewUrlImport } from "@/lib/articles/import-url";
import { FETCH_MESSAGES, safeFetch, type TResolver } from "@/lib/net/safe-fetch";
import { failure } from "../support/failure";
import { seedTeam } from "../support/factory";
import { startServer, type TPageServer } from "../support/page-server";

let target: TPageServer;
let redirector: TPageServer;

// A resolver as a test controls DNS: names under .example answer what the table says.
const names: Record<string, string> = { "evil.example": "127.0.0.1", "rebind.example": "10.0.0.7", "news.example": "127.0.0.1", "public.example": "93.184.216.34", "v6.example": "::1" };
const resolver: TResolver = async (host) => {
  const address = names[host];
  if (!address) throw new Error(`ENOTFOUND ${host}`);
  return [{ address, family: address.includes(":") ? 6 : 4 }];
};
// Two answers, one public and one internal: refused as a whole.
const mixedResolver: TResolver = async () => [{ address: "93.184.216.34", family: 4 }, { address: "127.0.0.1", family: 4 }];

beforeAll(async () => {
  target = await startServer("::");
  target.routes.set("/secret", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>internal admin page</p>"));
  redirector = await startServer("127.0.0.1");
  redirector.routes.set("/story", (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${target.port}/secret` }).end());
  redirector.routes.set("/story-v6", (_req, res) => res.writeHead(301, { location: `http://[::1]:${target.port}/secret` }).end());
  redirector.routes.set("/story-name", (_req, res) => res.writeHead(307, { location: `http://evil.example:${target.port}/secret` }).end());
  redirector.routes.set("/story-file", (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end());
});
afterAll(async () => {
  await target?.close();
  await redirector?.close();
});

const INTERNAL = FETCH_MESSAGES.internal;
const RESERVED = FETCH_MESSAGES.reserved;

describe("SSRF matrix: refused, with its message, and nothing reaches the target", () => {
  const matrix: Array<[string, (p: number) => string, string]> = [
    ["127.0.0.1", (p) => `http://127.0.0.1:${p}/secret`, INTERNAL],
    ["127.1", (p) => `http://127.1:${p}/secret`, INTERNAL],
    ["0x7f000001", (p) => `http://0x7f000001:${p}/secret`, INTERNAL],
    ["2130706433", (p) => `http://2130706433:${p}/secret`, INTERNAL],
    ["0177.0.0.1 (octal)", (p) => `http://0177.0.0.1:${p}/secret`, INTERNAL],
    ["0.0.0.0", (p) => `http://0.0.0.0:${p}/secret`, INTERNAL],
    ["10.0.0.1", (p) => `http://10.0.0.1:${p}/secret`, INTERNAL],
    ["172.16.0.1", (p) => `http://172.16.0.1:${p}/secret`, INTERNAL],
    ["192.168.0.1", (p) => `http://192.168.0.1:${p}/secret`, INTERNAL],
    ["169.254.169.254 (cloud metadata)", (p) => `http://169.254.169.254:${p}/latest/meta-data/`, INTERNAL],
    ["100.64.0.1 (carrier-grade NAT)", (p) => `http://100.64.0.1:${p}/secret`, INTERNAL],
    ["224.0.0.1 (multicast)", (p) => `http://224.0.0.1:${p}/secret`, RESERVED],
    ["[::1]", (p) => `http://[::1]:${p}/secret`, INTERNAL],
    ["[::]", (p) => `http://[::]:${p}/secret`, INTERNAL],
    ["[::ffff:127.0.0.1]", (p) => `http://[::ffff:127.0.0.1]:${p}/secret`, INTERNAL],
    ["[::127.0.0.1] (IPv4-compatible)", (p) => `http://[::127.0.0.1]:${p}/secret`, INTERNAL],
    ["[fd00::1]", (p) => `http://[fd00::1]:${p}/secret`, INTERNAL],
    ["[fe80::1]", (p) => `http://[fe80::1]:${p}/secret`, INTERNAL],
    ["[64:ff9b::7f00:1] (NAT64 of 127.0.0.1)", (p) => `http://[64:ff9b::7f00:1]:${p}/secret`, RESERVED],
    ["a name that resolves to 127.0.0.1", (p) => `http://evil.example:${p}/secret`, INTERNAL],
    ["a name that resolves to ::1", (p) => `http://v6.example:${p}/secret`, INTERNAL],
    ["a name that resolves to a private address", (p) => `http://rebind.example:${p}/secret`, INTERNAL],
    ["a non-http scheme (ftp)", (p) => `ftp://127.0.0.1:${p}/secret`, FETCH_MESSAGES.scheme],
    ["a non-http scheme (file)", () => "file:///etc/passwd", FETCH_MESSAGES.scheme],
    ["a non-http scheme (gopher)", (p) => `gopher://127.0.0.1:${p}/_GET`, FETCH_MESSAGES.scheme],
    ["user name and password", (p) => `http://admin:pw@public.example:${p}/`, FETCH_MESSAGES.credentials],
  ];
  for (const [name, url, message] of matrix) {
    it(name, async () => {
      const err = await failure(safeFetch(url(target.port), { resolver, ports: [80, 443, target.port] }));
      expect(err.message).toBe(message);
      expect(err.code).toBe("VALIDATION");
      expect(target.log).toEqual([]);
    });
  }

  it("a name with one public and one internal address", async () => {
    const err = await failure(safeFetch(`http://mixed.example:${target.port}/secret`, { resolver: mixedResolver, ports: [80, 443, target.port] }));
    expect(err.message).toBe(INTERNAL);
    expect(target.log).toEqual([]);
  });

  it("an unusual port on a public address is refused before any connection", async () => {
    const err = await failure(safeFetch("http://public.example:8080/", { resolver }));
    expect(err.message).toBe(FETCH_MESSAGES.port);
  });

  it("a name that does not resolve", async () => {
    expect((await failure(safeFetch("http://nowhere.example/", { resolver }))).message).toBe(FETCH_MESSAGES.noHost);
  });

  // The redirecting server is allowed (as a public site would be); where it sends the
  // request is judged again, and refused.
  for (const [path, message] of [
    ["/story", INTERNAL],
    ["/story-v6", INTERNAL],
    ["/story-name", INTERNAL],
    ["/story-file", FETCH_MESSAGES.scheme],
  ] as const) {
    it(`a public-looking address that redirects inside (${path})`, async () => {
      const before = redirector.log.length;
      const err = await failure(safeFetch(`http://news.example:${redirector.port}${path}`, { resolver, allow: [`127.0.0.1:${redirector.port}`], ports: [80, 443, target.port] }));
      expect(err.message).toBe(message);
      expect(redirector.log.slice(before)).toEqual([`GET ${path}`]);
      expect(target.log).toEqual([]);
    });
  }

  it("the allow-list opens exactly the ip:port it names, nothing else on that address", async () => {
    const err = await failure(safeFetch(`http://127.0.0.1:${target.port}/secret`, { allow: [`127.0.0.1:${redirector.port}`], ports: [80, 443, target.port] }));
    expect(err.message).toBe(INTERNAL);
    expect(target.log).toEqual([]);
  });

  it("through the app, with URL_IMPORT_TEST_ALLOW unset: refused with the message under the url field, and no connection", async () => {
    delete process.env.URL_IMPORT_TEST_ALLOW;
    const t = await seedTeam("ssrf");
    const redirects = redirector.log.length;
    for (const url of [`http://127.0.0.1:${target.port}/secret`, `http://[::1]:${target.port}/secret`, `http://127.0.0.1:${redirector.port}/story`, "http://127.0.0.1/secret"]) {
      const err = await failure(previewUrlImport(t.users.reviewer.session, { url }, { ports: [80, 443, target.port, redirector.port] }));
      expect(err).toMatchObject({ code: "VALIDATION", message: INTERNAL, details: { url: INTERNAL } });
    }
    expect(target.log).toEqual([]);
    expect(redirector.log.length).toBe(redirects);
  });
});
