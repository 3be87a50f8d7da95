import { SOURCING_LABELS } from "@/lib/claims/labels";
import { SOURCING_TYPES } from "@/lib/claims/sourcing-types";

const KEYS: Array<[string, string]> = [
  [`1–${SOURCING_TYPES.length}`, `tag the selection (a new claim) or the open claim: ${SOURCING_TYPES.map((t, i) => `${i + 1} ${SOURCING_LABELS[t]}`).join(", ")}`],
  ["↓ / →  in the text", "move the sentence cursor forward"],
  ["↑ / ←  in the text", "move it back"],
  ["Shift + arrow", "extend the selection by a sentence"],
  ["C or Enter", "add a claim for the selection"],
  ["J / K", "next / previous claim"],
  ["E", "edit the open claim (jumps to its sourcing type)"],
  ["Ctrl + Enter", "save the claim"],
  ["Delete / Backspace", "withdraw the open claim (asks first; it can be restored)"],
  ["Esc", "clear the selection"],
  ["A or Enter", "accept the open suggestion (after “Suggest claims”)"],
  ["X", "reject the open suggestion; it will not be suggested again for this version"],
];

export function ShortcutHelp() {
  return (
    <section aria-label="Keyboard shortcuts" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <dl className="grid grid-cols-[12rem_1fr] gap-x-3 gap-y-1">
        {KEYS.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-mono">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
