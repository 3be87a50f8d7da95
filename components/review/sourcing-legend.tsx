import { SOURCING_LABELS, SOURCING_TAGS } from "@/lib/claims/labels";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import { HIGHLIGHT_CLASS } from "./sourcing-style";

export function SourcingLegend() {
  return (
    <section aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {[...SOURCING_TYPES, "untagged" as const].map((t) => (
        <span key={t} className="inline-flex items-center gap-1">
          <span className={`rounded px-1 ${HIGHLIGHT_CLASS[t]}`}>{t === "untagged" ? "NEW" : SOURCING_TAGS[t]}</span>
          <span>{t === "untagged" ? "Not tagged yet" : SOURCING_LABELS[t]}</span>
          {t === "untagged" ? null : <kbd className="rounded border border-slate-300 px-1 font-mono text-[0.65rem] text-slate-600" aria-label={`key ${SOURCING_TYPES.indexOf(t) + 1}`}>{SOURCING_TYPES.indexOf(t) + 1}</kbd>}
        </span>
      ))}
      <span className="inline-flex items-center gap-1">
        <span className="rounded px-1 outline-2 outline-offset-1 outline-dashed outline-slate-800">¶</span>
        <span>Pending selection</span>
      </span>
    </section>
  );
}
