// A fetched page's bytes as text, in the charset the page says it is in: the byte-order
// mark first, then the Content-Type header, then a <meta charset> or
// <meta http-equiv="Content-Type"> in the first 1,024 bytes (the HTML standard's
// prescan looks that far), else UTF-8 if the bytes are valid UTF-8, else windows-1252
// (what browsers assume of an unlabelled Western page). iconv-lite decodes: Node 20's
// TextDecoder("windows-1252") drops the bytes 0x80–0x9f (curly quotes, dashes) instead
// of mapping them. As in browsers (WHATWG Encoding), the Latin-1 and ASCII labels mean
// windows-1252.
import iconv from "iconv-lite";

const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;
const WINDOWS_1252_ALIASES = new Set(["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819", "us-ascii", "ascii", "iso-ir-100", "x-cp1252", "cp1252"]);

type TDecoder = { encoding: string; decode: (b: Uint8Array) => string };

function decoderFor(label: string | null | undefined): TDecoder | null {
  if (!label) return null;
  let name = label.trim().toLowerCase();
  if (WINDOWS_1252_ALIASES.has(name)) name = "windows-1252";
  if (!iconv.encodingExists(name)) return null;
  return { encoding: name, decode: (b) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), name) };
}

export function decodePage(body: Uint8Array, headerCharset: string | null): { text: string; charset: string } {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(body.subarray(3)), charset: "utf-8" };
  if (body[0] === 0xfe && body[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(body.subarray(2)), charset: "utf-16be" };
  if (body[0] === 0xff && body[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(body.subarray(2)), charset: "utf-16le" };
  let d = decoderFor(headerCharset);
  if (!d) {
    // A regex over the first 1,024 bytes read as Latin-1 is the prescan's job here: the
    // page is not parsed until its encoding is known.
    const head = Buffer.from(body.subarray(0, 1024)).toString("latin1");
    d = decoderFor(META_CHARSET.exec(head)?.[1]);
  }
  // A page served as UTF-16 but declared so in a <meta> is a lie the standard ignores.
  if (d && !d.encoding.startsWith("utf-16") && !d.encoding.startsWith("utf16")) return { text: d.decode(body), charset: d.encoding };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), charset: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(body), "windows-1252"), charset: "windows-1252" };
  }
}
