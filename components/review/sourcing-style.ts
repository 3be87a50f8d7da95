// Highlight styles per sourcing type. Each type has its own colour AND its own
// underline pattern, and a text tag is drawn beside each highlight, so the type can
// be told apart without colour. Class strings are literal so Tailwind keeps them.
import type { TSourcingType } from "@/lib/claims/schemas";

export const HIGHLIGHT_CLASS: Record<TSourcingType | "untagged", string> = {
  anonymous: "bg-amber-100 decoration-amber-700 underline decoration-wavy",
  official: "bg-blue-100 decoration-blue-700 underline decoration-solid",
  provided_documents: "bg-red-100 decoration-red-700 underline decoration-double decoration-2",
  documents: "bg-emerald-100 decoration-emerald-700 underline decoration-dotted decoration-2",
  media_report: "bg-violet-100 decoration-violet-700 underline decoration-dashed",
  named_person: "bg-cyan-100 decoration-cyan-700 underline decoration-solid decoration-2",
  unattributed: "bg-slate-200 decoration-slate-600 underline decoration-dotted",
  untagged: "bg-yellow-50 decoration-slate-400 underline decoration-dashed",
};

export const SWATCH_CLASS: Record<TSourcingType | "untagged", string> = {
  anonymous: "bg-amber-100 border-amber-700",
  official: "bg-blue-100 border-blue-700",
  provided_documents: "bg-red-100 border-red-700",
  documents: "bg-emerald-100 border-emerald-700",
  media_report: "bg-violet-100 border-violet-700",
  named_person: "bg-cyan-100 border-cyan-700",
  unattributed: "bg-slate-200 border-slate-600",
  untagged: "bg-yellow-50 border-slate-400",
};
