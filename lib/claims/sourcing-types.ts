// Sourcing types: the list is the database enum (prisma/schema.prisma), and everything
// the app says or draws about a type is keyed by it here, in one Record, so a type
// without a label, tag, colour or ClaimReview mapping does not compile. The dashboard's
// SQL builds its per-type columns from the same list (lib/reviews/sourcing-sql.ts).
import { SourcingType } from "@/lib/generated/prisma/enums";

export type TSourcingType = SourcingType;
export const SOURCING_TYPES = Object.values(SourcingType) as [TSourcingType, ...TSourcingType[]];

type TSourcingTypeInfo = {
  label: string;
  // Drawn beside highlights so colour is never the only cue.
  tag: string;
  // Each type has its own colour AND its own underline pattern. Literal class strings,
  // so Tailwind keeps them.
  highlight: string;
  swatch: string;
  // Charts (SVG fill), readable on white.
  chart: string;
  // Who a source phrase most likely names in ClaimReview: people speak for themselves
  // or anonymously; documents, reports and official statements for an institution.
  claimant: "Person" | "Organization";
};

export const SOURCING_TYPE_INFO: Record<TSourcingType, TSourcingTypeInfo> = {
  anonymous: {
    label: "Anonymous",
    tag: "ANON",
    highlight: "bg-amber-100 decoration-amber-700 underline decoration-wavy",
    swatch: "bg-amber-100 border-amber-700",
    chart: "#b45309",
    claimant: "Person",
  },
  official: {
    label: "Official",
    tag: "OFFICIAL",
    highlight: "bg-blue-100 decoration-blue-700 underline decoration-solid",
    swatch: "bg-blue-100 border-blue-700",
    chart: "#1d4ed8",
    claimant: "Organization",
  },
  provided_documents: {
    label: "Documents you provided",
    tag: "YOU-DOCS ⚑",
    highlight: "bg-red-100 decoration-red-700 underline decoration-double decoration-2",
    swatch: "bg-red-100 border-red-700",
    chart: "#b91c1c",
    claimant: "Organization",
  },
  documents: {
    label: "Documents/records",
    tag: "DOCS",
    highlight: "bg-emerald-100 decoration-emerald-700 underline decoration-dotted decoration-2",
    swatch: "bg-emerald-100 border-emerald-700",
    chart: "#047857",
    claimant: "Organization",
  },
  media_report: {
    label: "Another outlet's report",
    tag: "MEDIA",
    highlight: "bg-violet-100 decoration-violet-700 underline decoration-dashed",
    swatch: "bg-violet-100 border-violet-700",
    chart: "#7c3aed",
    claimant: "Organization",
  },
  named_person: {
    label: "Named person",
    tag: "NAMED",
    highlight: "bg-cyan-100 decoration-cyan-700 underline decoration-solid decoration-2",
    swatch: "bg-cyan-100 border-cyan-700",
    chart: "#0e7490",
    claimant: "Person",
  },
  unattributed: {
    label: "No attribution",
    tag: "NONE",
    highlight: "bg-slate-200 decoration-slate-600 underline decoration-dotted",
    swatch: "bg-slate-200 border-slate-600",
    chart: "#4b5563",
    claimant: "Organization",
  },
};

// A claim not tagged yet is drawn too, but it is not a sourcing type.
export const UNTAGGED_STYLE = {
  label: "Not tagged",
  highlight: "bg-yellow-50 decoration-slate-400 underline decoration-dashed",
  swatch: "bg-yellow-50 border-slate-400",
  chart: "#a3a3a3",
} as const;

export function sourcingTypeRecord<T>(pick: (info: TSourcingTypeInfo, type: TSourcingType) => T): Record<TSourcingType, T> {
  return Object.fromEntries(SOURCING_TYPES.map((t) => [t, pick(SOURCING_TYPE_INFO[t], t)])) as Record<TSourcingType, T>;
}
