// Classifies runs of capitalised words (person, organisation, outlet, place)
// and builds a per-document table of people's surnames. The table is what
// lets a bare "Maduro said" count as a named person once "Nicolas Maduro" has
// appeared, while an unexplained "Acme said" is read as an organisation.

import {
  CAP_STOPWORDS,
  ORG_WORDS,
  OUTLET_NAMES,
  OUTLET_SUFFIXES,
  PLACE_WORDS,
  TITLE_WORDS,
  INSTITUTION_NOUNS,
  UNNAMED_PEOPLE,
  DOCUMENT_NOUNS,
} from "./lexicon";
import { isCap, type TToken } from "./text";

export type TRunKind = "person" | "org" | "outlet" | "place" | "title" | "other";

const PARTICLES = new Set("de da del della van von der den bin ibn al la le di du dos das ter".split(" "));

const strip = (w: string): string => {
  const last = w.charCodeAt(w.length - 1);
  // Fast path: most words end in a letter other than "s".
  if (last !== 115 && last !== 39 && last !== 46 && last !== 8217) return w;
  return w.replace(/(?:'s|’s|')$/u, "").replace(/\.$/, "");
};
const isAcronym = (w: string) => /^(?:\p{Lu}\.?){2,}$/u.test(w) || /^\p{Lu}(?:\.\p{Lu})+$/u.test(w);
const NAME_RE = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu})$/u;

// Word verdicts repeat endlessly across a document, so they are memoised;
// the cache is bounded to keep memory flat on long inputs.
const nameWordCache = new Map<string, boolean>();

function isNameWord(w: string): boolean {
  let v = nameWordCache.get(w);
  if (v === undefined) {
    if (nameWordCache.size > 50_000) nameWordCache.clear();
    v = computeNameWord(w);
    nameWordCache.set(w, v);
  }
  return v;
}

function computeNameWord(w: string): boolean {
  const s = strip(w);
  if (!NAME_RE.test(s)) return false;
  if (TITLE_WORDS.has(s) || TITLE_WORDS.has(s + ".") || ORG_WORDS.has(s) || PLACE_WORDS.has(s)) return false;
  if (CAP_STOPWORDS.has(s) || OUTLET_SUFFIXES.has(s)) return false;
  const lower = s.toLowerCase();
  return !(UNNAMED_PEOPLE.has(lower) || INSTITUTION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower));
}

// Every word that occurs in a known outlet name, for a cheap first test.
const OUTLET_WORDS = new Set([...OUTLET_NAMES].flatMap((n) => n.split(" ")));

// No outlet name is longer than this, so only a run's last few words can end in one:
// trying every suffix of a long run of capitalised words was quadratic in its length.
const MAX_OUTLET_WORDS = Math.max(...[...OUTLET_NAMES].map((n) => n.split(" ").length));

// A news site by its address ("Tchadinfos.com") or a broadcaster named like
// one ("BFMTV"): outlets whatever the list says.
const OUTLET_SHAPE = /^(?:[\p{L}\p{N}-]+\.(?:com|net|fr|de|es|it|co\.uk|uk|ca|info|tv)|\p{Lu}{2,}TV)$/u;

function outletMatch(words: string[]): boolean {
  const last = strip(words[words.length - 1] ?? "");
  if (words.length === 1 && (words[0]!.includes(".") || words[0]!.endsWith("TV")) && OUTLET_SHAPE.test(words[0]!)) return true;
  if (!OUTLET_SUFFIXES.has(last) && !words.some((w) => OUTLET_WORDS.has(strip(w)))) return false;
  if (words.length <= MAX_OUTLET_WORDS && OUTLET_NAMES.has(words.map(strip).join(" "))) return true;
  for (let i = Math.max(1, words.length - MAX_OUTLET_WORDS); i <= words.length - 2; i++) {
    if (OUTLET_NAMES.has(words.slice(i).map(strip).join(" "))) return true;
  }
  return words.length >= 2 && OUTLET_SUFFIXES.has(last) && !words.some((w) => ORG_WORDS.has(strip(w)));
}

// `words` is a run of capitalised tokens (particles like "de" allowed inside).
export function classifyRun(input: string[], persons: ReadonlySet<string>): TRunKind {
  const words = input.filter((w) => w !== "." && w !== "");
  if (words.length > 0 && outletMatch(words)) return "outlet";
  while (words.length > 1 && CAP_STOPWORDS.has(strip(words[0]!))) words.shift();
  if (words.length === 0) return "other";
  if (outletMatch(words)) return "outlet";
  let names = 0;
  let i = words.length - 1;
  while (i >= 0) {
    const w = words[i]!;
    if (isNameWord(w)) names++;
    else if (!(PARTICLES.has(w) && names > 0 && i > 0 && isNameWord(words[i - 1]!))) break;
    i--;
  }
  const before = i >= 0 ? strip(words[i]!) : "";
  const titled = TITLE_WORDS.has(before) || TITLE_WORDS.has(before + ".");
  if (names >= 2 && names === words.length) return "person";
  if (names >= 2 && (titled || !words.slice(0, i + 1).some((w) => ORG_WORDS.has(strip(w))))) return "person";
  if (names === 1 && titled) return "person";
  if (words.some((w) => ORG_WORDS.has(strip(w)))) return "org";
  if (words.length === 1 && isAcronym(strip(words[0]!))) return "org";
  if (words.some((w) => PLACE_WORDS.has(strip(w)))) return "place";
  if (words.every((w) => TITLE_WORDS.has(strip(w)) || TITLE_WORDS.has(w) || w === "of" || w === "the")) return "title";
  const last = strip(words[words.length - 1]!);
  if (names >= 1 && persons.has(last)) return "person";
  return "other";
}

const PARTICLE_TOKENS = new Set(["de", "da", "del", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "di", "du", "dos", "das"]);
const TITLE_ABBR = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Det|Maj|\p{Lu})$/u;
const EMPTY: ReadonlySet<string> = new Set<string>();

// Adds the people named in one sentence's tokens to the document's table.
// Called sentence by sentence, so a surname counts once its full name has
// appeared, which is how news copy introduces people.
export function collectPersons(tokens: TToken[], persons: Set<string>): void {
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i]!.word && isCap(tokens[i]!.t))) {
      i++;
      continue;
    }
    // Most capitalised words stand alone; only runs of two or more can be names.
    const n1 = tokens[i + 1];
    if (!n1 || !((n1.word && isCap(n1.t)) || n1.t === "." || PARTICLE_TOKENS.has(n1.t))) {
      i++;
      continue;
    }
    const words: string[] = [tokens[i]!.t];
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (t.word && isCap(t.t)) words.push(t.t);
      else if (t.t === "." && TITLE_ABBR.test(tokens[j - 1]!.t)) {
        // "Mr. Smith", "John F. Kennedy": the dot stays inside the name.
      } else if (t.word && PARTICLE_TOKENS.has(t.t) && tokens[j + 1]?.word && isCap(tokens[j + 1]!.t)) words.push(t.t);
      else break;
      j++;
    }
    const definite = words[0] === "The" || tokens[i - 1]?.t === "the";
    if (words.length >= 2 && classifyRun(words, EMPTY) === "person" && !(definite && !hasTitle(words))) {
      const last = strip(words[words.length - 1]!);
      persons.add(last);
      persons.add(words.map(strip).join(" "));
    }
    i = j;
  }
}

// People's names never take "the" unless a title comes with them ("the
// Rev. Al Green"); "the Chicago Bulls" or "the Houston Ledger" are not people.
export const hasTitle = (words: string[]): boolean => words.some((w) => TITLE_WORDS.has(w) || TITLE_WORDS.has(w + "."));
