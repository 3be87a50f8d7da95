// Red-flag rules for claims and articles. Kept pure and in one place so the exports
// and the review workbench (which re-judges its article in the browser after every save,
// with no server round trip) flag exactly the same claims for the same reasons; the
// dashboard's SQL mirrors these rules and a test holds the two together.
import type { TReportClaim } from "./report-types";

export const CLAIM_RED_FLAGS = ["provided_documents", "unattributed", "anonymous_no_reason", "approval_overdue"] as const;
export const ARTICLE_RED_FLAGS = [...CLAIM_RED_FLAGS, "anonymous_share"] as const;
export type TClaimRedFlag = (typeof CLAIM_RED_FLAGS)[number];
export type TRedFlag = (typeof ARTICLE_RED_FLAGS)[number];

// The one wording of each flag: the workbench, the dashboard and every export say the same.
export const RED_FLAG_LABELS: Record<TRedFlag, string> = {
  provided_documents: "Sourced to “documents you provided”",
  unattributed: "No attribution",
  anonymous_no_reason: "Anonymous source without a reason for anonymity",
  approval_overdue: "Verdict waiting too long for approval",
  anonymous_share: "Anonymous share above the team's threshold",
};

// Team defaults (prisma Team.approvalStaleHours / anonymousShareThreshold), used when a
// caller has no team settings at hand, e.g. a test or a one-off script.
export const DEFAULT_STALE_AFTER_HOURS = 72;
export const DEFAULT_ANONYMOUS_SHARE_THRESHOLD = 50;

export type TClaimFlagOptions = { staleAfterHours: number; now: Date };
export type TArticleFlagOptions = TClaimFlagOptions & { anonymousShareThreshold?: number };

const HOUR_MS = 3_600_000;

// Only what the rules read, so a report claim and the workbench's claim DTO both qualify.
export type TFlaggableClaim = Pick<TReportClaim, "sourcingType" | "anonymityReason" | "status" | "decidedAt">;

export function claimRedFlags(claim: TFlaggableClaim, opts: TClaimFlagOptions): TClaimRedFlag[] {
  const flags: TClaimRedFlag[] = [];
  if (claim.sourcingType === "provided_documents") flags.push("provided_documents");
  if (claim.sourcingType === "unattributed") flags.push("unattributed");
  if (claim.sourcingType === "anonymous" && !claim.anonymityReason?.trim()) flags.push("anonymous_no_reason");
  if (claim.status === "decided" && claim.decidedAt) {
    const decided = Date.parse(claim.decidedAt);
    // An unparseable date must not silently mark a claim overdue (or hide that it is).
    if (Number.isFinite(decided) && opts.now.getTime() - decided > opts.staleAfterHours * HOUR_MS) flags.push("approval_overdue");
  }
  return flags;
}

/** Percentage (0–100) of tagged claims sourced anonymously; null when nothing is tagged yet. */
export function anonymousShare(article: { claims: ReadonlyArray<Pick<TReportClaim, "sourcingType">> }): number | null {
  let tagged = 0;
  let anonymous = 0;
  for (const c of article.claims) {
    if (c.sourcingType === null) continue;
    tagged++;
    if (c.sourcingType === "anonymous") anonymous++;
  }
  return tagged === 0 ? null : (anonymous * 100) / tagged;
}

/** Every distinct flag of the article's claims, plus the article-level anonymous-share flag. */
export function articleRedFlags(article: { claims: readonly TFlaggableClaim[] }, opts: TArticleFlagOptions): TRedFlag[] {
  const found = new Set<TRedFlag>();
  for (const claim of article.claims) for (const f of claimRedFlags(claim, opts)) found.add(f);
  const share = anonymousShare(article);
  const threshold = opts.anonymousShareThreshold ?? DEFAULT_ANONYMOUS_SHARE_THRESHOLD;
  if (share !== null && share > threshold) found.add("anonymous_share");
  // Fixed order, so exports and snapshots do not depend on claim order.
  return ARTICLE_RED_FLAGS.filter((f) => found.has(f));
}

/** What every export accepts: team settings, all optional, and the moment flags are judged at. */
export type TExportFlagOptions = { staleAfterHours?: number; anonymousShareThreshold?: number; now?: Date | string };

/**
 * Fills in the defaults. Exports judge "overdue" at the report's generatedAt unless told
 * otherwise, so the same report always renders the same flags.
 */
export function resolveFlagOptions(opts: TExportFlagOptions | undefined, fallbackNow: Date | string): Required<TArticleFlagOptions> {
  const now = opts?.now ?? fallbackNow;
  return {
    staleAfterHours: opts?.staleAfterHours ?? DEFAULT_STALE_AFTER_HOURS,
    anonymousShareThreshold: opts?.anonymousShareThreshold ?? DEFAULT_ANONYMOUS_SHARE_THRESHOLD,
    now: typeof now === "string" ? new Date(now) : now,
  };
}
