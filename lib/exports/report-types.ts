// The shape every fact-check report format is rendered from: one article with its
// claims in text order. Plain data (ISO date strings), built by the data functions,
// so the format modules stay pure and testable without a database.
import type { TSourcingType } from "@/lib/claims/schemas";

export type TReportClaim = {
  id: string;
  number: number; // the claim's stable number in its article (#N), the same on every page and export
  quote: string; // the claim's exact text
  start: number;
  end: number;
  sourcingType: TSourcingType | null;
  sourcePhrase: string | null;
  cue: string | null;
  identification: "full" | "partial" | "none" | null;
  groundRules: "on_record" | "background" | "deep_background" | "off_record" | null;
  anonymityReason: string | null;
  hand: "first_hand" | "second_hand" | null;
  sourceCount: number | null;
  status: "open" | "in_review" | "decided" | "approved";
  rating: { label: string; value: number | null } | null;
  rationale: string | null;
  evidence: Array<{ url: string; note: string }>;
  reviewer: string | null; // who decided the verdict
  approver: string | null;
  decidedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  // The reviewers' discussion, oldest first; loaded for whole-report formats (the CSV leaves it out).
  comments?: Array<{ author: string | null; body: string; createdAt: string }>;
};

export type TReportArticle = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  version: number;
  // The review's public page while it is published (ClaimReview's url), else null.
  publicUrl: string | null;
  // The claims of the record, in text order: live (not withdrawn) and anchored in the
  // current text. Live claims whose text is gone are only counted, until re-attached.
  claims: TReportClaim[];
  needsReattaching: number;
};

export type TReportScale = { best: number; worst: number }; // the team's numeric rating range

export type TReport = {
  team: { id: string; name: string; url: string | null }; // url: the team's public site for ClaimReview author, when known
  generatedAt: string;
  appUrl: string; // base URL of this Sourcebench, for links back to each article
  scale: TReportScale;
  articles: TReportArticle[];
};
