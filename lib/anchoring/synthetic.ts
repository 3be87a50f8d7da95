// Deterministic synthetic news copy plus an edit model with ground truth, used
// by the property test and scenario.ts (performance test, bench/anchoring.ts).
// Not used by production code. Sentences are assembled from invented names and
// random figures so that long spans are (almost always) unique, like real
// reporting, and so that we know exactly where every claim's text ends up.

import { mulberry32 } from "./test-fixtures";

export { mulberry32 };

const FIRST = [
  "Amara", "Bilal", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
  "Keisha", "Lars", "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tessa", "Umar",
  "Vera", "Wen", "Yusuf", "Zofia", "Anneke", "Bruno", "Chidi", "Dagny", "Emeka", "Fatima", "Gustavo",
  "Halima", "Ivo", "Jorunn", "Kwame", "Leila", "Mateus", "Noor", "Oskar",
];
const LAST = [
  "Abebe", "Brennan", "Castillo", "Dufresne", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Iwu",
  "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quintero", "Rahman",
  "Sorensen", "Tanaka", "Varga", "Whitfield", "Yilmaz", "Zeller", "Achebe", "Bianchi", "Chowdhury",
  "Delacroix", "Esposito", "Fitzgerald", "Gonzaga", "Hartmann", "Ibarra", "Jovanovic", "Kaminski",
  "Laurent", "Mbeki", "Novak", "Oyelaran", "Pereira",
];
const ROLES = [
  "a spokesperson for", "the director of", "a senior official at", "the chief executive of",
  "a councillor on", "an economist at", "the treasurer of", "a union representative at",
  "a former auditor at", "the legal counsel of",
];
const ORGS = [
  "the Department of Transport", "Harbourview Hospital", "the regional fire service",
  "Northgate Council", "the state housing agency", "the port authority", "Riverside Schools",
  "the water board", "the ombudsman's office", "the chamber of commerce", "the tenants' union",
  "Greyfield University", "the parks trust", "the ambulance service",
];
const TOPICS = [
  "bridge repairs", "bus network", "flood barrier", "school meals programme", "housing grant",
  "hospital wing", "cycle lanes", "library renovation", "tram extension", "waste contract",
  "harbour dredging", "youth centre", "street-lighting upgrade", "pension fund review",
  "market hall", "sewer overhaul",
];
const PLACES = [
  "Eastbrook", "Millford", "the old docks", "Kingsgate", "Southmere", "the university district",
  "Westhaven", "Cedar Hill", "the industrial estate", "Lowfield", "Ashby Green",
  "the riverside wards", "Northcliffe", "Pennock Vale", "the cathedral quarter", "Holloway Park",
];
const THINGS = [
  "complaints", "burglaries", "road closures", "hospital admissions", "evictions", "fines",
  "permits", "water leaks", "school places", "late trains", "planning appeals", "noise reports",
];
const STATES = ["recorded", "reported", "filed", "issued", "logged", "approved"];
const METRICS = [
  "rents", "waiting times", "ticket sales", "energy bills", "overtime costs", "visitor numbers",
  "recycling rates", "staff turnover", "insurance claims", "court backlogs",
];
const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const REASONS = [
  "the budget was cut twice", "nobody asked the residents", "the contractor walked away",
  "the figures did not add up", "demand kept rising", "the inspection found serious faults",
  "the land turned out to be contaminated", "two suppliers went bust",
  "the regulator refused a licence", "the old plans ignored the flood maps",
  "the union threatened a strike", "costs doubled in a year",
];
const VERBS = ["paused", "rescued", "redesigned", "delayed", "funded", "scrapped", "shrank", "handed back"];
const VERDICTS = ["unusual", "overdue", "rushed", "expected", "baffling", "reckless", "long overdue", "a relief"];

/** Replacement words for "word changed inside a claim" edits. */
export const SWAP_WORDS = [
  "nearly", "roughly", "sharply", "quietly", "formally", "partly", "largely", "briefly", "again",
  "later", "publicly", "jointly",
];

export type TRng = () => number;

function pick<T>(rng: TRng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

function int(rng: TRng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function name(rng: TRng): string {
  return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
}

export function sentence(rng: TRng): string {
  switch (int(rng, 0, 9)) {
    case 0:
      return `${name(rng)}, ${pick(rng, ROLES)} ${pick(rng, ORGS)}, said the ${pick(rng, TOPICS)} would cost about $${int(rng, 2, 900)}.${int(rng, 0, 9)} million over ${int(rng, 2, 15)} years.`;
    case 1:
      return `According to ${pick(rng, ORGS)}, ${int(rng, 12, 98_000).toLocaleString("en-US")} ${pick(rng, THINGS)} were ${pick(rng, STATES)} in ${pick(rng, PLACES)} between ${pick(rng, MONTHS)} and ${pick(rng, MONTHS)} ${int(rng, 2015, 2025)}.`;
    case 2:
      return `“We ${pick(rng, VERBS)} the ${pick(rng, TOPICS)} because ${pick(rng, REASONS)},” ${name(rng)} told reporters on ${pick(rng, DAYS)}.`;
    case 3:
      return `The figures, released on ${pick(rng, DAYS)} ${int(rng, 1, 28)} ${pick(rng, MONTHS)}, showed a ${int(rng, 1, 60)}.${int(rng, 0, 9)} percent ${pick(rng, ["rise", "fall"])} in ${pick(rng, METRICS)} compared with ${int(rng, 2010, 2024)}.`;
    case 4:
      return `Residents of ${pick(rng, PLACES)} have complained about the ${pick(rng, TOPICS)} since at least ${int(rng, 1998, 2022)}, when ${int(rng, 3, 400)} households signed a petition organised by ${name(rng)}.`;
    case 5:
      return `Officials expect the ${pick(rng, TOPICS)} in ${pick(rng, PLACES)} to be finished by ${pick(rng, MONTHS)} ${int(rng, 2026, 2031)}, ${int(rng, 2, 40)} months later than planned.`;
    case 6:
      return `${name(rng)}, who has covered ${pick(rng, ORGS)} for ${int(rng, 2, 30)} years, said the decision on the ${pick(rng, TOPICS)} was “${pick(rng, VERDICTS)}”.`;
    case 7:
      return `In a letter seen by this newspaper, ${name(rng)} warned that ${pick(rng, THINGS)} in ${pick(rng, PLACES)} could rise by a ${pick(rng, ["third", "quarter", "half", "fifth"])} unless ${pick(rng, ORGS)} acted before ${pick(rng, MONTHS)}.`;
    case 8:
      return `${pick(rng, ORGS).replace(/^the /, "The ")} declined to comment on the ${pick(rng, TOPICS)}, but a document dated ${int(rng, 1, 28)} ${pick(rng, MONTHS)} puts the shortfall at $${int(rng, 1, 90)}.${int(rng, 0, 9)} million.`;
    default:
      return `At a meeting in ${pick(rng, PLACES)} on ${pick(rng, DAYS)}, ${int(rng, 20, 600)} people questioned ${name(rng)} about why ${pick(rng, REASONS)}.`;
  }
}

/** A paragraph of 3–5 sentences, e.g. one an editor inserts into the story. */
export function paragraph(rng: TRng): string {
  const parts: string[] = [];
  for (let i = int(rng, 3, 5); i > 0; i--) parts.push(sentence(rng));
  return parts.join(" ");
}

export type TSpan = { start: number; end: number };

export type TSyntheticArticle = { text: string; paragraphs: TSpan[]; sentences: TSpan[] };

/** Paragraphs of 3–5 sentences joined by blank lines until the text reaches `targetLength`. */
export function syntheticArticle(seed: number, targetLength: number): TSyntheticArticle {
  const rng = mulberry32(seed);
  const paragraphs: TSpan[] = [];
  const sentences: TSpan[] = [];
  let text = "";
  while (text.length < targetLength) {
    if (text.length > 0) text += "\n\n";
    const paragraphStart = text.length;
    const count = int(rng, 3, 5);
    for (let i = 0; i < count; i++) {
      if (i > 0) text += " ";
      const s = sentence(rng);
      sentences.push({ start: text.length, end: text.length + s.length });
      text += s;
    }
    paragraphs.push({ start: paragraphStart, end: text.length });
  }
  return { text, paragraphs, sentences };
}

/** Replace text[at, at+removed) with `inserted`, expressed against the original text. */
export type TEdit = { at: number; removed: number; inserted: string };

export type TEditedText = {
  text: string;
  /**
   * Where the original span's text now lives: the surviving characters plus any
   * text inserted or replaced inside it; null when every character was deleted.
   */
  trueSpan: (start: number, end: number) => TSpan | null;
};

/** Applies non-overlapping edits (any order) and keeps the mapping for ground truth. */
export function applyEdits(original: string, edits: TEdit[]): TEditedText {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.removed - b.removed);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as TEdit;
    const cur = sorted[i] as TEdit;
    if (cur.at < prev.at + prev.removed) throw new Error(`edits overlap at ${prev.at} and ${cur.at}`);
  }
  let text = "";
  let cursor = 0;
  const newAt: number[] = [];
  for (const e of sorted) {
    text += original.slice(cursor, e.at);
    newAt.push(text.length);
    text += e.inserted;
    cursor = e.at + e.removed;
  }
  text += original.slice(cursor);

  /** New index of original character p, or null if it was deleted. */
  const mapChar = (p: number): number | null => {
    let delta = 0;
    for (const e of sorted) {
      if (e.at + e.removed <= p) delta += e.inserted.length - e.removed;
      else if (e.at <= p) return null;
      else break;
    }
    return p + delta;
  };

  const trueSpan = (start: number, end: number): TSpan | null => {
    let lo = Infinity;
    let hi = -Infinity;
    let first: number | null = null;
    for (let p = start; p < end && first === null; p++) first = mapChar(p);
    let last: number | null = null;
    for (let p = end - 1; p >= start && last === null; p--) last = mapChar(p);
    if (first !== null && last !== null) {
      lo = first;
      hi = last + 1;
    }
    sorted.forEach((e, i) => {
      const touchesInside = e.removed > 0 ? e.at < end && e.at + e.removed > start : e.at > start && e.at < end;
      if (touchesInside && e.inserted.length > 0) {
        const at = newAt[i] as number;
        lo = Math.min(lo, at);
        hi = Math.max(hi, at + e.inserted.length);
      }
    });
    return lo < hi ? { start: lo, end: hi } : null;
  };

  return { text, trueSpan };
}
