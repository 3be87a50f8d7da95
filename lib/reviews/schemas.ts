import { z } from "zod";
import { SOURCING_TYPES } from "@/lib/claims/schemas";

export const ARTICLE_STATUSES = ["not_started", "in_progress", "decided", "approved"] as const;
export const ARTICLE_STATUS_LABELS = { not_started: "Not started", in_progress: "In progress", decided: "All decided", approved: "All approved" } as const;
export const SORT_KEYS = ["published", "title", "claims", "decided", "approved", "flags", "created"] as const;
export const PAGE_SIZE = 25;

// Filters live in the URL so a view can be shared; anything malformed is dropped
// rather than failing the page, since URLs get hand-edited and truncated.
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const isoDay = z.iso.date();

// A search as PostgreSQL's websearch_to_tsquery can take it: no control characters
// (a NUL cannot be sent at all), and a "-" only as the negation of a word (a run of
// bare dashes overflows the tsquery parser's stack).
export function cleanSearch(q: string): string {
  return q
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
    .replace(/-+(?![\p{L}\p{N}])/gu, " ")
    .replace(/-{2,}/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export const ZDashboardFilter = z.object({
  q: lenient(z.string().max(400).transform(cleanSearch).pipe(z.string().min(1).max(200))),
  status: lenient(z.enum(ARTICLE_STATUSES)),
  reviewer: lenient(z.uuid()),
  sourcing: lenient(z.enum(SOURCING_TYPES)),
  verdict: lenient(z.uuid()),
  from: lenient(isoDay),
  to: lenient(isoDay),
  flagged: lenient(z.enum(["1"])),
  // "1": the archive (archived articles only); otherwise archived articles are hidden.
  archived: lenient(z.enum(["1"])),
  sort: z.enum(SORT_KEYS).catch("created").default("created"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TDashboardFilter = z.infer<typeof ZDashboardFilter>;

export function filterFromSearchParams(sp: Record<string, string | string[] | undefined>): TDashboardFilter {
  const flat = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZDashboardFilter.parse(flat);
}

export function filterToSearchParams(f: Partial<TDashboardFilter>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null || v === "") continue;
    if ((k === "sort" && v === "created") || (k === "dir" && v === "desc") || (k === "page" && v === 1)) continue;
    p.set(k, String(v));
  }
  return p;
}

const validLocale = (v: string) => {
  try {
    return Intl.getCanonicalLocales(v).length === 1 && Intl.DateTimeFormat.supportedLocalesOf([v]).length === 1;
  } catch {
    return false;
  }
};
const validTimeZone = (v: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: v });
    return true;
  } catch {
    return false;
  }
};

export const ZTeamSettings = z.object({
  anonymousShareThreshold: z.coerce.number().int().min(1, "Use 1–100.").max(100, "Use 1–100."),
  approvalStaleHours: z.coerce.number().int().min(1, "Use at least 1 hour.").max(24 * 90, "Use at most 2160 hours."),
  // How the team reads dates and times; checked against what Intl knows.
  locale: z.string().trim().max(35).refine(validLocale, "Use a language tag such as en-GB, en-US, fr-FR or pl-PL.").transform((v) => Intl.getCanonicalLocales(v)[0]!).optional(),
  timeZone: z.string().trim().max(64).refine(validTimeZone, "Use a time zone such as UTC, Europe/London or America/New_York.").optional(),
});
