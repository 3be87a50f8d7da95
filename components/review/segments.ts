// Splits an article's text into runs covered by the same set of claims, so that
// overlapping and nested highlights render as flat, non-overlapping spans whose
// concatenated text is exactly the article text (which keeps selection offsets exact).
import { splitSentences } from "@/lib/attribution/split";

export type TSpan = { id: string; start: number; end: number };
export type TSegment = { start: number; end: number; ids: string[]; startsHere: string[] };

export function computeSegments(length: number, spans: TSpan[]): TSegment[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    // Longest first, so the last id is the innermost (most specific) claim.
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start, end, ids: covering.map((s) => s.id), startsHere: covering.filter((s) => s.start === start).map((s) => s.id) });
  }
  return segments;
}

// Sentence ranges for keyboard selection: the analyser's own splitter, so the cursor,
// the suggestions and the seed labels agree on where a sentence ends ("U.S. officials"
// is one sentence, not two).
export function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  return splitSentences(text).map(({ start, end }) => ({ start, end }));
}
