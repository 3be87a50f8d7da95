// A claim's history in words people read ("Verdict: — → Accurate (5)"), not ids or
// JSON. Pure: the data function resolves rating and member ids to names and passes
// them in, so the wording is table-tested without a database.
import { GROUND_RULE_LABELS, HAND_LABELS, IDENTIFICATION_LABELS, SOURCING_LABELS, STATUS_LABELS } from "./labels";

export type THistoryEvent = { action: string; field: string | null; old: unknown; new: unknown };
export type THistoryNames = {
  ratings: ReadonlyMap<string, { label: string; value: number | null }>;
  members: ReadonlyMap<string, string>;
};

const NONE = "—";
const QUOTE_MAX = 80;

const quoted = (v: unknown) => {
  if (typeof v !== "string" || !v.trim()) return NONE;
  const t = v.replace(/\s+/g, " ").trim();
  return `“${t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX - 1)}…` : t}”`;
};
const fromLabels = (labels: Record<string, string>) => (v: unknown) => (typeof v === "string" && v in labels ? labels[v]! : v == null ? NONE : String(v));

type TFieldFormat = { label: string; show: (v: unknown, names: THistoryNames) => string };

const FIELDS: Record<string, TFieldFormat> = {
  sourcingType: { label: "Sourcing", show: fromLabels(SOURCING_LABELS) },
  ratingId: {
    label: "Verdict",
    show: (v, n) => {
      if (typeof v !== "string") return NONE;
      const r = n.ratings.get(v);
      if (!r) return "a verdict no longer on the team's scale";
      return r.value === null ? r.label : `${r.label} (${r.value})`;
    },
  },
  status: { label: "Status", show: fromLabels(STATUS_LABELS) },
  identification: { label: "Identification", show: fromLabels(IDENTIFICATION_LABELS) },
  groundRules: { label: "Ground rules", show: fromLabels(GROUND_RULE_LABELS) },
  hand: { label: "First- or second-hand", show: fromLabels(HAND_LABELS) },
  sourcePhrase: { label: "Source", show: quoted },
  cue: { label: "Cue", show: quoted },
  anonymityReason: { label: "Reason for anonymity", show: quoted },
  rationale: { label: "Rationale", show: quoted },
  sourceCount: { label: "Independent sources", show: (v) => (v == null ? NONE : String(v)) },
  assigneeId: { label: "Assigned to", show: (v, n) => (typeof v === "string" ? (n.members.get(v) ?? "a former member") : "nobody") },
};

function linkText(v: unknown): string {
  const e = (v ?? {}) as { url?: unknown; note?: unknown };
  if (typeof e.note === "string" && e.note.trim()) return quoted(e.note);
  if (typeof e.url === "string") {
    try {
      return new URL(e.url).host;
    } catch {
      return quoted(e.url);
    }
  }
  return "a link";
}

const anchorText = (v: unknown) => quoted((v as { exact?: unknown } | null)?.exact);
const versionOf = (v: unknown) => (v as { version?: unknown } | null)?.version;

export function describeEvent(e: THistoryEvent, names: THistoryNames): string {
  switch (e.action) {
    case "claim.created":
      if (e.field === "exact") return `Claim made on ${quoted(e.new)}`;
      break;
    case "claim.approved":
      return "Verdict approved";
    case "claim.withdrawn": {
      const reason = (e.new as { reason?: unknown } | null)?.reason;
      return typeof reason === "string" && reason.trim() ? `Withdrawn: ${quoted(reason)}` : "Withdrawn";
    }
    case "claim.restored":
      return "Restored to the record";
    case "claim.orphaned": {
      const v = versionOf(e.new);
      return `Text gone${typeof v === "number" ? ` in version ${v}` : ""}: needs re-attaching`;
    }
    case "claim.reanchored":
      return `Moved with its text to ${anchorText(e.new)}`;
    case "claim.reattached":
      return `Re-attached to ${anchorText(e.new)}`;
    case "evidence.added":
      return `Evidence added: ${linkText(e.new)}`;
    case "evidence.removed":
      return `Evidence removed: ${linkText(e.old)}`;
    case "comment.added":
      return "Comment added";
  }
  if (e.field === "approvedBy") return "Approval withdrawn: the claim changed after it was approved";
  const f = e.field ? FIELDS[e.field] : undefined;
  if (f) return `${f.label}: ${f.show(e.old, names)} → ${f.show(e.new, names)}`;
  return e.field ? `${e.field} changed` : e.action.replace(/^claim\./, "").replace(/[._]/g, " ");
}
