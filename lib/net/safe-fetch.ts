// Fetches a web page for the server on a reviewer's behalf without letting the
// reviewer reach anything the server can reach but they cannot (SSRF):
// - only http(s), no user name or password, ports 80 and 443 (others only when allowed);
// - the host name is resolved here and every address judged (./address-policy.ts) before
//   anything connects; the connection then goes to the address that was judged (a
//   custom `lookup` on an undici Agent), so a second DNS answer cannot swap in
//   127.0.0.1 (DNS rebinding); TLS still checks the certificate against the host name;
// - redirects are followed by hand, each hop judged the same way, at most MAX_REDIRECTS;
// - a connect and a total time limit; the body counted as it streams, after content
//   decoding, so a gzip bomb is stopped at the cap rather than unpacked into memory;
// - only HTML, XHTML and plain text.
// Every refusal is an AppError with a message a reviewer can act on. Framework-free:
// the caller passes the settings (lib/articles/import-url.ts reads them from lib/env.ts).
import { createHash } from "node:crypto";
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { Agent, request } from "undici";
import { AppError } from "@/lib/errors";
import { isIpLiteral, judgeAddress } from "./address-policy";

export type TResolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export type TSafeFetchOptions = {
  // "ip:port" (IPv6 as "[::1]:port") pairs that skip the address and port rules. Tests
  // only (URL_IMPORT_TEST_ALLOW in lib/env.ts); empty in production.
  allow?: string[];
  ports?: number[];
  resolver?: TResolver;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

export type TFetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string;
  // The media type's charset parameter, if any (decoding is ./decode-page.ts's job).
  charset: string | null;
  body: Buffer;
  sha256: string;
  fetchedAt: Date;
};

export const SAFE_FETCH_DEFAULTS = { ports: [80, 443], connectTimeoutMs: 10_000, totalTimeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const PAGE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const FETCH_MESSAGES = {
  scheme: "Only web addresses (https:// or http://) can be imported.",
  malformed: "That is not a web address. Enter one like https://example.com/article.",
  credentials: "Leave the user name and password out of the address.",
  port: "Only web addresses on the usual ports (80 and 443) can be imported.",
  internal: "That address points inside this network, so it cannot be imported.",
  reserved: "That address is not a public web server, so it cannot be imported.",
  noHost: "No web server was found under that name.",
  connect: "Could not connect to that site. Check the address, or try again later.",
  timeout: "The page took too long to arrive, so the import was stopped.",
  tooLarge: (mb: number) => `The page is larger than ${mb} MB, so it was not imported.`,
  bomb: (mb: number) => `The page unpacks to more than ${mb} MB, so it was not imported.`,
  encoding: "The site sent the page in a compression this app does not read.",
  redirects: (n: number) => `That address redirects more than ${n} times, so the import was stopped.`,
  badRedirect: "The site redirected to an address that is not a web page.",
  type: (type: string) => `That address is not a web page (the site sent ${type || "no content type"}). Import HTML or plain text, or upload the file instead.`,
  status: (status: number) => (status === 404 || status === 410 ? `That page was not found (the site answered ${status}).` : `The site refused the page (it answered ${status}).`),
} as const;

const refuse = (message: string, code: "VALIDATION" | "PAYLOAD_TOO_LARGE" = "VALIDATION") => new AppError(code, message, { url: message });

const defaultResolver: TResolver = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })) as LookupAddress[];

function hostKey(address: string, family: number, port: number): string {
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

// The address to connect to for a URL, after every rule; throws the refusal otherwise.
async function checkTarget(url: URL, opts: Required<Pick<TSafeFetchOptions, "allow" | "ports" | "resolver">>): Promise<{ address: string; family: 4 | 6 }> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse(FETCH_MESSAGES.scheme);
  if (url.username || url.password) throw refuse(FETCH_MESSAGES.credentials);
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  const host = url.hostname;
  const literal = host.startsWith("[") ? host.slice(1, -1) : host;
  let candidates: Array<{ address: string; family: number }>;
  if (isIpLiteral(literal)) {
    candidates = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  } else {
    try {
      candidates = await opts.resolver(host);
    } catch {
      throw refuse(FETCH_MESSAGES.noHost);
    }
    if (!candidates.length) throw refuse(FETCH_MESSAGES.noHost);
  }
  // Every address the name has must pass: a name with one public and one internal
  // address could otherwise be connected to the internal one.
  let chosen: { address: string; family: 4 | 6 } | null = null;
  for (const c of candidates) {
    if (opts.allow.includes(hostKey(c.address, c.family, port))) {
      chosen ??= { address: c.address, family: c.family === 6 ? 6 : 4 };
      continue;
    }
    const verdict = judgeAddress(c.address);
    if (!verdict.ok) throw refuse(verdict.reason === "internal" ? FETCH_MESSAGES.internal : FETCH_MESSAGES.reserved);
    if (!opts.ports.includes(port)) throw refuse(FETCH_MESSAGES.port);
    chosen ??= { address: verdict.address, family: verdict.family };
  }
  return chosen!;
}

// An agent whose every connection goes to the address that was judged.
function pinnedAgent(target: { address: string; family: 4 | 6 }, connectTimeoutMs: number): Agent {
  type TLookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;
  const lookup = (_host: string, options: { all?: boolean }, cb: TLookupCallback) => {
    if (options?.all) cb(null, [{ address: target.address, family: target.family }]);
    else cb(null, target.address, target.family);
  };
  return new Agent({ connect: { timeout: connectTimeoutMs, lookup: lookup as never }, connections: 1, pipelining: 0 });
}

function decoder(encoding: string): ((s: Readable) => Readable) | null {
  const e = encoding.trim().toLowerCase();
  if (!e || e === "identity") return (s) => s;
  if (e === "gzip" || e === "x-gzip") return (s) => s.pipe(createGunzip());
  if (e === "deflate") return (s) => s.pipe(createInflate());
  if (e === "br") return (s) => s.pipe(createBrotliDecompress());
  return null;
}

function isTimeout(err: unknown, signal: AbortSignal): boolean {
  const e = err as { name?: string; code?: string };
  return signal.aborted || e?.name === "TimeoutError" || e?.name === "AbortError" || e?.code === "UND_ERR_CONNECT_TIMEOUT" || e?.code === "UND_ERR_HEADERS_TIMEOUT" || e?.code === "UND_ERR_BODY_TIMEOUT";
}

export async function safeFetch(rawUrl: string, options: TSafeFetchOptions = {}): Promise<TFetchedPage> {
  const opts = {
    allow: options.allow ?? [],
    ports: options.ports ?? [...SAFE_FETCH_DEFAULTS.ports],
    resolver: options.resolver ?? defaultResolver,
    connectTimeoutMs: options.connectTimeoutMs ?? SAFE_FETCH_DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? SAFE_FETCH_DEFAULTS.totalTimeoutMs,
    maxBytes: options.maxBytes ?? SAFE_FETCH_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects,
  };
  const mb = Math.round((opts.maxBytes / 1024 / 1024) * 10) / 10;
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    throw refuse(FETCH_MESSAGES.malformed);
  }
  const requestedUrl = url.href;
  const signal = AbortSignal.timeout(opts.totalTimeoutMs);
  for (let hop = 0; ; hop++) {
    const target = await checkTarget(url, opts);
    const agent = pinnedAgent(target, opts.connectTimeoutMs);
    try {
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(url, {
          dispatcher: agent,
          method: "GET",
          signal,
          headersTimeout: opts.totalTimeoutMs,
          bodyTimeout: opts.totalTimeoutMs,
          headers: { "user-agent": "Sourcebench/0.1 (newsroom fact-check import)", accept: "text/html,application/xhtml+xml,text/plain;q=0.9", "accept-encoding": "gzip, deflate, br" },
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (isTimeout(err, signal)) throw refuse(FETCH_MESSAGES.timeout);
        throw refuse(FETCH_MESSAGES.connect);
      }
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] ?? "" : v ?? "";
      };
      if (REDIRECTS.has(res.statusCode)) {
        discard(res.body);
        if (hop >= opts.maxRedirects) throw refuse(FETCH_MESSAGES.redirects(opts.maxRedirects));
        try {
          url = new URL(header("location"), url);
        } catch {
          throw refuse(FETCH_MESSAGES.badRedirect);
        }
        continue;
      }
      if (res.statusCode < 200 || res.statusCode > 299) {
        discard(res.body);
        throw refuse(FETCH_MESSAGES.status(res.statusCode));
      }
      const contentType = header("content-type");
      const media = contentType.split(";")[0]!.trim().toLowerCase();
      if (!PAGE_TYPES.has(media)) {
        discard(res.body);
        throw refuse(FETCH_MESSAGES.type(media));
      }
      const charsetMatch = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
      const declared = Number(header("content-length") || 0);
      const encoding = header("content-encoding");
      if (!encoding && declared > opts.maxBytes) {
        discard(res.body);
        throw refuse(FETCH_MESSAGES.tooLarge(mb), "PAYLOAD_TOO_LARGE");
      }
      const decode = decoder(encoding);
      if (!decode) {
        discard(res.body);
        throw refuse(FETCH_MESSAGES.encoding);
      }
      const body = await readCapped(res.body, decode, opts.maxBytes, Boolean(encoding && encoding !== "identity"), mb, signal);
      return {
        requestedUrl,
        finalUrl: url.href,
        status: res.statusCode,
        contentType: media,
        charset: charsetMatch ? charsetMatch[1]!.toLowerCase() : null,
        body,
        sha256: createHash("sha256").update(body).digest("hex"),
        fetchedAt: new Date(),
      };
    } finally {
      void agent.destroy().catch(() => undefined);
    }
  }
}

// A body we stop reading: undici's destroy() emits an AbortError, which is expected here.
function discard(stream: Readable): void {
  stream.on("error", () => undefined);
  stream.destroy();
}

// Reads the (decoded) body until it ends or passes the cap; past the cap both the raw
// and the decoded stream are destroyed, so neither the network nor the inflater keeps going.
async function readCapped(raw: Readable, decode: (s: Readable) => Readable, maxBytes: number, compressed: boolean, mb: number, signal: AbortSignal): Promise<Buffer> {
  const stream = decode(raw);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw refuse(compressed ? FETCH_MESSAGES.bomb(mb) : FETCH_MESSAGES.tooLarge(mb), "PAYLOAD_TOO_LARGE");
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (isTimeout(err, signal)) throw refuse(FETCH_MESSAGES.timeout);
    throw refuse(FETCH_MESSAGES.connect);
  } finally {
    discard(raw);
    if (stream !== raw) discard(stream);
  }
  return Buffer.concat(chunks);
}
