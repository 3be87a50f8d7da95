// The keyboard's sentence cursor over an article's text. Arrows move the pending
// selection a sentence at a time and Shift+arrows grow or shrink it; with nothing
// pending (a claim was just made from it, or Escape) the arrows carry on from where
// the last selection was instead of jumping back to the first sentence.
export type TRange = { start: number; end: number };
export type TCursor = { pending: TRange | null; last: TRange | null };

export const EMPTY_CURSOR: TCursor = { pending: null, last: null };

// Arrow keys read in text order: down and right go forward, up and left back.
export function arrowDirection(key: string): 1 | -1 | null {
  if (key === "ArrowDown" || key === "ArrowRight") return 1;
  if (key === "ArrowUp" || key === "ArrowLeft") return -1;
  return null;
}

// A mouse selection (or none) becomes the pending range; `last` keeps the latest real
// one so that clearing the selection does not lose the reader's place.
export function selectRange(cursor: TCursor, range: TRange | null): TCursor {
  return { pending: range, last: range ?? cursor.last };
}

export function clearRange(cursor: TCursor): TCursor {
  return cursor.pending ? { pending: null, last: cursor.last } : cursor;
}

const lastWhere = (sentences: readonly TRange[], test: (s: TRange) => boolean) => sentences.findLast(test);

// Returns the same object when the key changes nothing, so callers can skip a render.
export function moveCursor(cursor: TCursor, sentences: readonly TRange[], dir: 1 | -1, extend: boolean): TCursor {
  if (!sentences.length) return cursor;
  const { pending } = cursor;
  const from = pending ?? cursor.last;
  const to = (range: TRange | undefined): TCursor => (range ? { pending: range, last: range } : cursor);
  if (!from) return to(dir > 0 ? sentences[0] : sentences[sentences.length - 1]);
  if (!pending) {
    const next = dir > 0 ? sentences.find((s) => s.start >= from.end) : lastWhere(sentences, (s) => s.end <= from.start);
    return to(next ?? from);
  }
  if (extend) {
    if (dir > 0) {
      const next = sentences.find((s) => s.end > pending.end);
      return to(next ? { start: pending.start, end: next.end } : undefined);
    }
    // Shrinking stops at the first sentence: a selection never becomes empty.
    const lastInside = lastWhere(sentences, (s) => s.end < pending.end && s.end > pending.start);
    return to(lastInside ? { start: pending.start, end: lastInside.end } : undefined);
  }
  return to(dir > 0 ? sentences.find((s) => s.start >= pending.end) : lastWhere(sentences, (s) => s.end <= pending.start));
}
