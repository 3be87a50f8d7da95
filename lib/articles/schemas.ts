import { z } from "zod";
import { ZVersion } from "@/lib/numbers";
import { canonicalText } from "./canonical-text";

export const MAX_TEXT_CHARS = 200_000;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
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
export const ZWebUrl = z
  .string()
  .trim()
  .max(2000, "That address is too long.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "https:" || u.protocol === "http:";
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https:// or http://.");

export const ZArticleMeta = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "The title can be at most 300 characters."),
  outlet: optionalText(200, "Outlet"),
  author: optionalText(200, "Author"),
  url: z
    .union([z.literal(""), ZWebUrl])
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
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

export const ZSourceFormat = z.enum(["paste", "txt", "md", "html"]);

export const ZCreateArticle = ZArticleMeta.extend({ text: ZArticleText, sourceFormat: ZSourceFormat.default("paste") });
export type TCreateArticle = z.infer<typeof ZCreateArticle>;

export const ZEditArticleText = z.object({ articleId: z.uuid("That id is not valid."), text: ZArticleText, baseVersion: ZVersion });
export type TEditArticleText = z.infer<typeof ZEditArticleText>;
