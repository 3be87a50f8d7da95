// Public surface of the anchoring module: describe a highlighted span as
// quote + position selectors, and re-anchor those selectors on a new version
// of the text. Pure TypeScript with no framework imports so it runs the same
// in route handlers, background jobs, tests and the benchmark.
//
// Map of the module (each file explains its own reasoning):
//   selectors.ts   describeSpan and code-point safety
//   reanchor.ts    the pipeline: fast path, exact/normalised lookup, fuzzy search;
//                  with the previous version's text, the diff decides first
//   align.ts       the diff of the previous and new versions (jsdiff), and what it says of a span
//   candidates.ts  the candidate set for one claim, boundary refinement hook
//   decide.ts      the verdict: keep, move, or orphan (and why)
//   deleted.ts     was the quote deleted? (its old surroundings stand together without it)
//   score.ts       evidence counts and the 0..1 score
//   boundaries.ts  where an approximate match starts and ends
//   fuzzy.ts       filtered approximate search;  myers.ts  bit-parallel edit distance
//   normalize.ts   whitespace/typography folding with an offset map
//   qgram.ts       4-gram index shared by all lookups on one text
// Test/bench support only: test-fixtures.ts, synthetic.ts, scenario.ts, repeats.ts.

export {
  CONTEXT_LENGTH,
  DEFAULT_THRESHOLD,
  type TAnchorSelectors,
  type TReanchorAllOptions,
  type TReanchorItem,
  type TReanchorOptions,
  type TReanchorResult,
  type TTextPositionSelector,
  type TTextQuoteSelector,
} from "./types";
export { describeSpan } from "./selectors";
export { reanchor, reanchorAll } from "./reanchor";
