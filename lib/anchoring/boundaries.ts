// Choosing where an approximate match starts and ends. Edit distance alone
// happily cuts words: with "reportedly" inserted after "The", turning "The" into
// "dly" (3 edits) beats including "The reportedly" (11 edits), and the claim
// would start mid-word. The stored prefix and suffix know better, so each
// boundary is placed where quote edits plus context edits are fewest, and a
// highlight that began (or ended) on a word boundary is not moved mid-word
// without a clear gain.

import { compilePattern, scan, type TCompiledPattern } from "./myers";
import { sideErrors, type TQuoteContext } from "./score";

export type TQuotePatterns = { exact: string; forward: TCompiledPattern; backward: TCompiledPattern };

export function compileQuote(exact: string): TQuotePatterns {
  return { exact, forward: compilePattern(exact), backward: compilePattern(exact, true) };
}

/**
 * Moves `start` (with `end` fixed), then `end` (with the new start fixed), each
 * by at most `slack`, to minimise quote errors + context errors on that side.
 * Ties keep the position closest to the original, so an unambiguous match is
 * left alone.
 */
export function refineBoundaries(
  text: string,
  quote: TQuotePatterns,
  ctx: TQuoteContext,
  start: number,
  end: number,
  slack: number,
): { start: number; end: number } {
  const m = quote.forward.length;
  const consumed: number[] = [];
  const scores: number[] = [];
  const { exact } = quote;
  const startsOnWordEdge = !isWordChar(ctx.prefix.charAt(ctx.prefix.length - 1)) && isWordChar(exact.charAt(0));
  const endsOnWordEdge = isWordChar(exact.charAt(exact.length - 1)) && !isWordChar(ctx.suffix.charAt(0));
  const splitsWord = (at: number) => isWordChar(text.charAt(at - 1)) && isWordChar(text.charAt(at));

  // Start: read backwards from `end` with the quote pinned there; column L = start at end - L.
  const readFrom = Math.max(0, Math.min(start - slack, end - m - 2 * slack));
  scan(quote.backward, text, readFrom, end, { anchored: true, backward: true, maxScore: Infinity }, consumed, scores);
  let bestStart = start;
  let bestCost = Infinity;
  for (let i = 0; i < consumed.length; i++) {
    const s = end - (consumed[i] as number);
    if (Math.abs(s - start) > slack) continue;
    const cost =
      (scores[i] as number) +
      (sideErrors(ctx, "prefix", text, s) ?? 0) +
      (startsOnWordEdge && splitsWord(s) ? WORD_SPLIT_COST : 0);
    if (cost < bestCost || (cost === bestCost && Math.abs(s - start) < Math.abs(bestStart - start))) {
      bestCost = cost;
      bestStart = s;
    }
  }

  // End: read forwards from the chosen start; column L = end at start + L.
  consumed.length = 0;
  scores.length = 0;
  const readTo = Math.min(text.length, Math.max(end + slack, bestStart + m + 2 * slack));
  scan(quote.forward, text, bestStart, readTo, { anchored: true, backward: false, maxScore: Infinity }, consumed, scores);
  let bestEnd = end;
  bestCost = Infinity;
  for (let i = 0; i < consumed.length; i++) {
    const e = bestStart + (consumed[i] as number);
    if (Math.abs(e - end) > slack) continue;
    const cost =
      (scores[i] as number) +
      (sideErrors(ctx, "suffix", text, e) ?? 0) +
      (endsOnWordEdge && splitsWord(e) ? WORD_SPLIT_COST : 0);
    if (cost < bestCost || (cost === bestCost && Math.abs(e - end) < Math.abs(bestEnd - end))) {
      bestCost = cost;
      bestEnd = e;
    }
  }
  return bestEnd > bestStart ? trimWhitespace(text, quote.exact, bestStart, bestEnd) : { start, end };
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Extra cost, in edits, of cutting a word the original highlight did not cut. */
const WORD_SPLIT_COST = 3;

function isWordChar(ch: string): boolean {
  return ch !== "" && WORD_CHAR.test(ch);
}

/**
 * A highlight never gains whitespace at its edges that the quote did not have:
 * collapsed or doubled spaces next to the quote would otherwise be "cheaper"
 * to absorb into it than to leave in the context.
 */
function trimWhitespace(text: string, exact: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  if (!SPACE.test(exact.charAt(0))) while (s < e && SPACE.test(text.charAt(s))) s++;
  if (!SPACE.test(exact.charAt(exact.length - 1))) while (e > s && SPACE.test(text.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : { start, end };
}
