// The selectors of a span the client sent, or a clear refusal: offsets come from a
// browser or an API client and are checked against the stored text here, before the
// anchoring module (which treats a bad span as a programming error) sees them.
import { describeSpan, type TAnchorSelectors } from "@/lib/anchoring";
import { splitsSurrogatePair } from "@/lib/anchoring/selectors";
import { invalid } from "@/lib/errors";

export function selectorsForSpan(text: string, start: number, end: number): TAnchorSelectors {
  if (end > text.length) throw invalid("That selection is outside the article text.");
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) throw invalid("That selection cuts a character in half. Select whole characters.");
  const sel = describeSpan(text, start, end);
  if (!sel.quote.exact.trim()) throw invalid("Select some words, not only spaces.");
  return sel;
}

/** A claim row's anchor columns from its selectors: one mapping for every writer. */
export function anchorColumns(sel: TAnchorSelectors) {
  return { exact: sel.quote.exact, prefix: sel.quote.prefix, suffix: sel.quote.suffix, start: sel.position.start, end: sel.position.end };
}
