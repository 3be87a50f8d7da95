// Synthetic newsroom copy for the scale benchmark: deterministic articles built from
// sentence templates, one template family per sourcing type, so the claims the seed
// places on them carry the attribution wording a reviewer would tag them with. Names,
// places and numbers vary so texts differ (full-text search, anchoring and the
// analyser all behave as on real copy, not on one repeated paragraph).
import { mulberry32 } from "../../lib/anchoring/test-fixtures";
import type { TSourcingType } from "../../lib/claims/schemas";

export type TRandom = () => number;

// The anchoring tests' seedable PRNG, so every run builds the same data.
export const prng: (seed: number) => TRandom = mulberry32;

export const pick = <T>(r: TRandom, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const int = (r: TRandom, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const NAMES = ["Maria Okafor", "Daniel Reyes", "Priya Natarajan", "Tomas Lindqvist", "Grace Mbeki", "Henrik Sato", "Lucia Ferreira", "Omar Haddad", "Julia Novak", "Kwame Mensah", "Sofia Marchetti", "Arjun Mehta"];
const ROLES = ["mayor", "finance minister", "police chief", "health commissioner", "transport secretary", "council leader", "port director", "schools superintendent"];
const PLACES = ["Riverton", "the northern district", "Port Alder", "Eastfield", "the capital", "Greyhaven", "the coastal province", "Millbrook"];
const THINGS = ["harbour expansion", "rail link", "hospital merger", "school budget", "water contract", "housing plan", "bridge repair", "tax rebate", "airport tender", "flood barrier"];
const OUTLETS = ["The Daily Ledger", "Northern Post", "Coastal Herald", "The Tribune", "Metro Wire"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

type TTemplate = (r: TRandom) => string;

// The synthetic desk writes the types it has templates for; a new type joins it when
// templates for it are added here.
const TEMPLATES: Partial<Record<TSourcingType, TTemplate[]>> = {
  anonymous: [
    (r) => `The ${pick(r, ROLES)} privately agreed to delay the ${pick(r, THINGS)} until ${pick(r, MONTHS)}, according to two people familiar with the talks.`,
    (r) => `Officials who spoke on condition of anonymity said the ${pick(r, THINGS)} would cost ${int(r, 2, 90)} million more than planned.`,
    (r) => `A senior aide, who was not authorized to speak publicly, said ${pick(r, NAMES)} had been warned about the ${pick(r, THINGS)} in ${pick(r, MONTHS)}.`,
  ],
  official: [
    (r) => `${pick(r, NAMES)}, the ${pick(r, ROLES)} of ${pick(r, PLACES)}, said the ${pick(r, THINGS)} would open in ${pick(r, MONTHS)}.`,
    (r) => `The ${pick(r, ROLES)} told reporters on ${pick(r, ["Monday", "Tuesday", "Thursday", "Friday"])} that ${int(r, 10, 400)} jobs were at risk.`,
  ],
  provided_documents: [
    (r) => `Documents you provided show that the ${pick(r, THINGS)} budget rose by ${int(r, 3, 60)} percent in ${pick(r, MONTHS)}.`,
    (r) => `According to the documents you provided, ${pick(r, NAMES)} signed the ${pick(r, THINGS)} agreement without a vote.`,
  ],
  documents: [
    (r) => `Council records show the ${pick(r, THINGS)} contract was signed on ${int(r, 1, 28)} ${pick(r, MONTHS)} for ${int(r, 2, 90)} million.`,
    (r) => `A court filing dated ${pick(r, MONTHS)} ${int(r, 1, 28)} lists ${int(r, 2, 40)} complaints about the ${pick(r, THINGS)}.`,
  ],
  media_report: [
    (r) => `${pick(r, OUTLETS)} reported last week that the ${pick(r, THINGS)} would be cancelled.`,
    (r) => `As first reported by ${pick(r, OUTLETS)}, the ${pick(r, ROLES)} met the contractors in ${pick(r, PLACES)}.`,
  ],
  named_person: [
    (r) => `"We were never consulted about the ${pick(r, THINGS)}," said ${pick(r, NAMES)}, a resident of ${pick(r, PLACES)}.`,
    (r) => `${pick(r, NAMES)}, who runs a bakery in ${pick(r, PLACES)}, said sales fell by a ${pick(r, ["third", "quarter", "half"])} during the works.`,
  ],
  unattributed: [
    (r) => `The ${pick(r, THINGS)} has been plagued by delays since ${int(r, 2009, 2024)}.`,
    (r) => `Residents of ${pick(r, PLACES)} have long opposed the ${pick(r, THINGS)}.`,
  ],
};

export const TYPES = Object.keys(TEMPLATES) as TSourcingType[];
// Roughly a desk's mix: on-the-record officials and named people dominate.
const TYPE_WEIGHTS: Partial<Record<TSourcingType, number>> = { official: 26, named_person: 20, anonymous: 16, documents: 14, media_report: 10, unattributed: 10, provided_documents: 4 };
const WEIGHTED = TYPES.flatMap((t) => Array<TSourcingType>(TYPE_WEIGHTS[t] ?? 1).fill(t));

export type TSentence = { start: number; end: number; type: TSourcingType };
export type TGeneratedText = { text: string; sentences: TSentence[] };

/** An article of `count` sentences in paragraphs of three to five, with each sentence's span and type. */
export function articleText(r: TRandom, count: number): TGeneratedText {
  const sentences: TSentence[] = [];
  let text = "";
  let inParagraph = 0;
  let paragraphLength = int(r, 3, 5);
  for (let i = 0; i < count; i++) {
    const type = pick(r, WEIGHTED);
    const s = pick(r, TEMPLATES[type]!)(r);
    if (inParagraph === paragraphLength) {
      text += "\n\n";
      inParagraph = 0;
      paragraphLength = int(r, 3, 5);
    } else if (i > 0) text += " ";
    sentences.push({ start: text.length, end: text.length + s.length, type });
    text += s;
    inParagraph += 1;
  }
  return { text, sentences };
}

export const headline = (r: TRandom, n: number) => `${pick(r, PLACES)} ${pick(r, THINGS)}: ${pick(r, ["questions grow", "costs rise", "vote delayed", "new doubts", "what we know"])} (#${n})`;
export const outlet = (r: TRandom) => pick(r, OUTLETS);
export const author = (r: TRandom) => pick(r, NAMES);
