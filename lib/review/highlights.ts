// What the reading view marks: the anchored claims, and for each open suggestion its
// sentence (dashed) with the cue and source phrases inside it (underlined).
import type { TSourcingType } from "@/lib/claims/schemas";
import type { TSuggestion } from "@/lib/claims/suggestions";
import { suggestionId } from "./suggestion-queue";

export type THighlight = { id: string; start: number; end: number; type: TSourcingType | null; suggestion?: boolean; mark?: "cue" | "source" };

type TAnchored = { id: string; start: number; end: number; sourcingType: TSourcingType | null };

export function reviewHighlights(anchored: readonly TAnchored[], suggestions: readonly TSuggestion[] | null): THighlight[] {
  const list: THighlight[] = anchored.map((c) => ({ id: c.id, start: c.start, end: c.end, type: c.sourcingType }));
  for (const sg of suggestions ?? []) {
    list.push({ id: suggestionId(sg), start: sg.start, end: sg.end, type: sg.type, suggestion: true });
    if (sg.cue) list.push({ id: `c:${sg.cue.start}:${sg.cue.end}`, start: sg.cue.start, end: sg.cue.end, type: null, mark: "cue" });
    if (sg.source) list.push({ id: `o:${sg.source.start}:${sg.source.end}`, start: sg.source.start, end: sg.source.end, type: null, mark: "source" });
  }
  return list;
}
