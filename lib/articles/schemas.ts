import { z } from "zod";
import { ZId } from "@/lib/ids";
import { ZVersion } from "@/lib/numbers";
import { canonicalText } from "./canonical-text";

export const MAX_TEXT_CHARS = 200_000;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const NO_ARTICLE_TEXT = "No article text found on that page.";
export const UPLOAD_TYPES = { txt: ["text/plain"], md: ["text/markdown", "text/x-markdown"], html: ["text/html"] } as const;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

// Only web addresses: a javascript: or data: URL stored here would run when clicked.
// What people paste is forgiven ("www.example.com/x" gains https://), and what is
// stored is the WHATWG serialisation (spaces, quotes and angle brackets percent-
// encoded), so every export and page prints a link exactly as a browser would open it.
const MAX_URL = 2000;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const OTHER_SCHEME = /^(javascript|data|vbscript|file|blob|about|mailto|tel|sms|ftp|ws|wss):/i;

export function normaliseWebUrl(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  const v = raw.trim();
  if (!v) return { ok: false, message: "Enter a web address." };
  const candidate = HAS_SCHEME.test(v) || OTHER_SCHEME.test(v) ? v : `https://${v.replace(/^\/\//, "")}`;
  let u: URL;
  try {
    u = new URL(candidate);
  } catch {
    return { ok: false, message: "That is not a web address. Enter one like https://example.com/page." };
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return { ok: false, message: "Only web addresses (https:// or http://) can be linked." };
  // Browsers percent-encode what Node refuses in a host name (spaces, say): both are no address.
  if (u.hostname.includes("%")) return { ok: false, message: "That is not a web address. Enter one like https://example.com/page." };
  if (!u.hostname.includes(".") && !u.hostname.startsWith("[")) return { ok: false, message: "That address has no domain. Enter one like https://example.com/page." };
  if (u.username || u.password) return { ok: false, message: "Leave the user name and password out of the address." };
  if (u.href.length > MAX_URL) return { ok: false, message: "That address is too long." };
  return { ok: true, url: u.href };
}

export const ZWebUrl = z
  .string()
  .max(MAX_URL, "That address is too long.")
  .transform((v, ctx) => {
    const r = normaliseWebUrl(v);
    if (r.ok) return r.url;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  });

export const ZArticleMeta = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "The title can be at most 300 characters."),
  outlet: optionalText(200, "Outlet"),
  author: optionalText(200, "Author"),
  // Optional: blank means none; anything else must be a web address (with its own message).
  url: z
    .string()
    .max(MAX_URL, "That address is too long.")
    .nullable()
    .optional()
    .transform((v, ctx) => {
      if (v == null || !v.trim()) return null;
      const r = normaliseWebUrl(v);
      if (r.ok) return r.url;
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }),
  publishedAt: z
    .union([z.literal(""), z.iso.date("Use a date like 2026-03-14."), z.iso.datetime({ offset: true })])
    .nullable()
    .optional()
    .transform((v) => (v ? new Date(v) : null)),
});
export type TArticleMeta = z.infer<typeof ZArticleMeta>;

// Every way in stores the canonical text (./canonical-text.ts), and the limits apply to
// what is stored; the raw text is bounded first so tidying it stays cheap.
const TOO_LONG = `The text is too long: at most ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters.`;
export const ZArticleText = z
  .string()
  .max(2 * MAX_TEXT_CHARS, TOO_LONG)
  .transform(canonicalText)
  .pipe(
    z
      .string()
      .min(1, "The article has no text.")
      .max(MAX_TEXT_CHARS, TOO_LONG),
  );

export const ZSourceFormat = z.enum(["paste", "txt", "md", "html", "docx", "url"]);

// `captureId`: the page fetched for a URL import's preview (import-url.ts), which the
// saved article then keeps as its provenance.
export const ZCreateArticle = ZArticleMeta.extend({ text: ZArticleText, sourceFormat: ZSourceFormat.default("paste"), captureId: ZId.nullable().optional() });

// A web address to import: the server fetches it (lib/net/safe-fetch.ts).
export const ZImportUrl = z.object({ url: ZWebUrl });
export type TImportUrl = z.infer<typeof ZImportUrl>;

export const ZReimportArticle = z.object({ articleId: ZId, baseVersion: ZVersion });
export type TReimportArticle = z.infer<typeof ZReimportArticle>;
export type TCreateArticle = z.infer<typeof ZCreateArticle>;

export const ZEditArticleText = z.object({ articleId: ZId, text: ZArticleText, baseVersion: ZVersion });
export type TEditArticleText = z.infer<typeof ZEditArticleText>;

export const ZArticleRef = z.object({ articleId: ZId });
export type TArticleRef = z.infer<typeof ZArticleRef>;

// Metadata edits after creation: every field optional, so a save sends what it changes.
export const ZUpdateArticleRecord = ZArticleMeta.partial().extend({ articleId: ZId });
export type TUpdateArticleRecord = z.infer<typeof ZUpdateArticleRecord>;
