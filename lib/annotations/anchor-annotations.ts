// Places imported annotations in an article's text through the anchoring module, the
// same judge that re-anchors claims after an edit: a quote found with its context (or
// unique and whole) is anchored, and anything weaker, ambiguous or absent is an orphan
// for a reviewer to re-attach. Never a guess. Pure.
import { reanchorAll, type TAnchorSelectors } from "@/lib/anchoring";
import { codePointMap } from "./code-points";
import type { TImportedAnnotation } from "./parse-annotations";

export type TAnchoredAnnotation =
  | { annotation: TImportedAnnotation; status: "anchored"; start: number; end: number }
  | { annotation: TImportedAnnotation; status: "orphaned"; reason: string; selectors: TAnchorSelectors };

export function anchorAnnotations(annotations: readonly TImportedAnnotation[], text: string): TAnchoredAnnotation[] {
  const map = codePointMap(text);
  const items = annotations.map((a, i) => {
    const start = a.codePoints ? map.toUtf16(a.codePoints.start) : null;
    const end = a.codePoints ? map.toUtf16(a.codePoints.end) : null;
    // No usable position: -1 favours no place, so the quote and its context decide alone.
    const position = start !== null && end !== null ? { start, end } : { start: -1, end: -1 + a.quote.exact.length };
    return { id: String(i), selectors: { quote: a.quote, position } };
  });
  return reanchorAll(items, text).map(({ id, result }) => {
    const i = Number(id);
    const annotation = annotations[i]!;
    if (result.status === "orphaned") return { annotation, status: "orphaned", reason: result.reason, selectors: items[i]!.selectors };
    return { annotation, status: "anchored", start: result.start, end: result.end };
  });
}
