// Shared test material: a seeded PRNG and a realistic, invented news article.
// Kept out of *.test.ts so several suites (and the property test) reuse the
// same text; nothing here is imported by production code.

/** Textbook Levenshtein distance: the independent reference the fast paths are checked against. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Small deterministic PRNG so failures reproduce exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An invented local-news story (no real article was used). It deliberately
 * repeats some phrases ("14 percent", "the authority said") so tests can check
 * that context, not luck, decides where a repeated quote belongs, and it uses
 * typographic quotes and dashes as a CMS would.
 */
export const ARTICLE = [
  "MARLOW CREEK — The Marlow Creek Water Authority voted 5-2 on Tuesday night to raise residential water rates by 14 percent over the next two years, the largest increase since the utility was created in 1987.",
  "The authority’s chair, Denise Okafor, said the increase was needed to replace cast-iron mains that are more than 80 years old. “We are patching pipes that our grandparents installed,” Okafor said. “At some point the patches cost more than the pipe.”",
  "Under the plan, a typical household using 5,000 gallons a month would pay about $61, up from $53.50. The authority said roughly 38,000 accounts would be affected, including about 1,200 small businesses on the east side of town.",
  "Critics on the board said the vote came too fast. Board member Luis Tran, who voted against the measure, said residents had only 10 days to comment. “People found out about this from their neighbours, not from us,” Tran said.",
  "An audit released in March found that the utility lost an estimated 22 percent of its treated water to leaks in 2023, compared with a national average of about 14 percent. The audit said the utility had deferred maintenance for more than a decade.",
  "The authority also approved a discount program for low-income households. Residents who qualify for state heating assistance would pay 30 percent less, the authority said. About 4,100 households are expected to enrol in the first year.",
  "Okafor said the authority would hold two public meetings in May to explain the increase — one at the Eastside library and one at the high school. “We owe people an explanation,” she said.",
  "The new rates take effect on July 1. The authority said it would review them again in 2026, after the first phase of pipe replacement is finished.",
].join("\n\n");
