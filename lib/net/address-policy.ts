// Which resolved addresses a server-side fetch may connect to. Only public unicast
// addresses: anything loopback, private, link-local, unique-local, carrier-grade NAT,
// multicast, broadcast, reserved or unspecified is refused, and IPv6 forms that carry
// an IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64, 6to4, Teredo)
// are judged by the IPv4 address inside or refused. Classification is ipaddr.js's
// range tables, not hand-written prefixes.
import ipaddr from "ipaddr.js";

export type TAddressVerdict = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: "internal" | "reserved" | "invalid" };

const INTERNAL_V4 = new Set(["loopback", "private", "linkLocal", "carrierGradeNat", "unspecified"]);
const INTERNAL_V6 = new Set(["loopback", "linkLocal", "uniqueLocal", "unspecified"]);

function judgeV4(a: ipaddr.IPv4): TAddressVerdict {
  const range = a.range();
  if (range === "unicast") return { ok: true, address: a.toString(), family: 4 };
  return { ok: false, reason: INTERNAL_V4.has(range) ? "internal" : "reserved" };
}

export function judgeAddress(raw: string): TAddressVerdict {
  // URL hostnames bracket IPv6 literals.
  const text = raw.startsWith("[") && raw.endsWith("]") ? raw.slice(1, -1) : raw;
  if (!ipaddr.isValid(text)) return { ok: false, reason: "invalid" };
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === "ipv4") return judgeV4(parsed as ipaddr.IPv4);
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  // ::ffff:a.b.c.d and ::a.b.c.d reach the IPv4 address inside: judge that one.
  const parts = v6.parts;
  const firstFiveZero = parts.slice(0, 5).every((p) => p === 0);
  if (firstFiveZero && (parts[5] === 0xffff || parts[5] === 0) && range !== "loopback" && range !== "unspecified") {
    const inner = ipaddr.IPv4.parse([parts[6]! >> 8, parts[6]! & 0xff, parts[7]! >> 8, parts[7]! & 0xff].join("."));
    const verdict = judgeV4(inner);
    return verdict.ok ? { ok: true, address: inner.toString(), family: 4 } : verdict;
  }
  if (range === "unicast") return { ok: true, address: v6.toString(), family: 6 };
  if (INTERNAL_V6.has(range)) return { ok: false, reason: "internal" };
  // NAT64, 6to4, Teredo and the rest can smuggle an inner address; none is needed to read news.
  return { ok: false, reason: "reserved" };
}

// A host that is an address already (URL hostnames bracket IPv6): nothing to resolve.
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host);
}
