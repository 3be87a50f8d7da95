// The set of candidate places for one claim in the new text. Each candidate is
// evaluated once (evidence errors, context similarity, score) as it is found,
// so the search stages can consult the current best to skip work.

import { compileQuote, refineBoundaries, type TQuotePatterns } from "./boundaries";
import { editDistance } from "./myers";
import { normalizeText, type TNormalized } from "./normalize";
import { evaluateCandidate, positionSimilarity, prepareContext, type TEvaluation, type TQuoteContext } from "./score";
import { snapToCodePoints } from "./selectors";
import type { TAnchorSelectors } from "./types";

/** Fuzzy matches may differ in up to 1/8 of the quote: a changed word or figure, not a rewrite. */
export const FUZZY_ERROR_RATIO = 1 / 8;

export type TFinder = (needle: string, limit: number) => number[] | null;

/** The normalised new text with its offset map and an occurrence finder over it. */
export type TNormalizedView = TNormalized & { find: TFinder };

export type TCandidate = TEvaluation & {
  start: number;
  end: number;
  verbatim: boolean;
  quoteErrors: number;
};

export type TSpan = { start: number; end: number };

/**
 * Which places may be a claim's home at all. With the previous version's text,
 * text that already stood elsewhere in it is another occurrence, not the claim's
 * text (see align.ts); the filter counts what it turns away, for the reason.
 */
export type TCandidateFilter = {
  allows(start: number, end: number): boolean;
  /** Whether [start, end) may be the claim's old surroundings (evidence that it was deleted there). */
  allowsHome(start: number, end: number): boolean;
  rejected: number;
  firstRejected: number;
};

export function overlaps(a: TSpan, b: TSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Marks a place the filter turned away, so it is not evaluated again. */
const REJECTED = Object.freeze({}) as TCandidate;

export class CandidateSet {
  private readonly byKey = new Map<string, TCandidate>();
  private readonly ctx: TQuoteContext;

  private quotePatterns: TQuotePatterns | null = null;
  /** Most edits an approximate match of this quote may have. */
  readonly maxErrors: number;

  constructor(
    readonly sel: TAnchorSelectors,
    readonly text: string,
    readonly norm: TNormalizedView,
    readonly normalizedQuote: string,
    private readonly positionKnown: boolean,
    private readonly filter?: TCandidateFilter,
  ) {
    this.ctx = prepareContext(sel.quote, normalizedQuote.length);
    this.maxErrors = Math.max(1, Math.floor(normalizedQuote.length * FUZZY_ERROR_RATIO));
  }

  /** Approximate matches get their boundaries placed by context (see boundaries.ts). */
  addApproximate(start: number, end: number, quoteErrors: number): void {
    this.quotePatterns ??= compileQuote(this.sel.quote.exact);
    const refined = refineBoundaries(this.text, this.quotePatterns, this.ctx, start, end, this.maxErrors);
    const snapped = snapToCodePoints(this.text, refined.start, refined.end);
    if (snapped.start !== start || snapped.end !== end) {
      const errors = editDistance(this.normalizedQuote, normalizeText(this.text.slice(snapped.start, snapped.end)));
      if (errors <= this.maxErrors) {
        this.add(snapped.start, snapped.end, errors);
        return;
      }
    }
    this.add(start, end, quoteErrors);
  }

  /** Whether [start, end) may be the claim's home (no filter: anywhere). */
  allows(start: number, end: number): boolean {
    return this.filter === undefined || this.filter.allows(start, end);
  }

  /** Whether the claim's old surroundings may stand at [start, end) (no filter: anywhere). */
  allowsHome(start: number, end: number): boolean {
    return this.filter === undefined || this.filter.allowsHome(start, end);
  }

  add(start: number, end: number, quoteErrors: number): void {
    const key = `${start}:${end}`;
    if (end <= start || this.byKey.has(key)) return;
    if (!this.allows(start, end)) {
      this.byKey.set(key, REJECTED);
      return;
    }
    const { exact } = this.sel.quote;
    const verbatim = end - start === exact.length && this.text.startsWith(exact, start);
    const positionSim = this.positionKnown ? positionSimilarity(this.sel.position.start, start, this.text.length) : 0;
    const errors = verbatim ? 0 : quoteErrors;
    const evaluation = evaluateCandidate(this.ctx, this.text, start, end, errors, verbatim, positionSim);
    this.byKey.set(key, { ...evaluation, start, end, verbatim, quoteErrors: errors });
  }

  /** Both stored context strings still hug [start, end) verbatim (cheap; no scoring). */
  contextIntact(start: number, end: number): boolean {
    const { prefix, suffix } = this.sel.quote;
    const { text } = this;
    return start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end);
  }

  /** The candidate with the least evidence against it (ties: higher score). */
  best(): TCandidate | undefined {
    let best: TCandidate | undefined;
    for (const c of this.byKey.values()) {
      if (c === REJECTED) continue;
      const better = !best || c.evidenceErrors < best.evidenceErrors;
      if (better || (c.evidenceErrors === best?.evidenceErrors && c.score > best.score)) best = c;
    }
    return best;
  }

  /** Best evidence first; score, then closeness to the old position, order the rest deterministically. */
  ranked(): TCandidate[] {
    const old = this.sel.position.start;
    return [...this.byKey.values()].filter((c) => c !== REJECTED).sort(
      (a, b) =>
        a.evidenceErrors - b.evidenceErrors ||
        b.score - a.score ||
        Math.abs(a.start - old) - Math.abs(b.start - old) ||
        a.start - b.start,
    );
  }
}
