// Reads an annotation file into plain selectors and bodies, before anything is anchored.
// Two shapes are understood:
//  - W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an
//    AnnotationCollection (its embedded first page), an AnnotationPage, one Annotation,
//    or an array of them. TextPositionSelector offsets count code points, as the model says.
//  - Hypothesis's JSON: the API's search answer ({total, rows}) or the client's export
//    ({export_date, annotations}); each row has target[].selector with TextQuoteSelector,
//    TextPositionSelector and RangeSelector, tags and text. Its positions index the web
//    page's text content (navigation, captions and all), not the article as stored here,
//    so they are not used: the quote and its context decide.
// RangeSelectors are XPath ranges into a page's DOM, which a plain-text article does not
// have; they are read past. Pure: no database, so the format rules have table tests.
import { invalid } from "@/lib/errors";

export const MAX_IMPORT_ANNOTATIONS = 5000;

export type TImportedAnnotation = {
  /** Where it was in the file (0-based), for messages. */
  index: number;
  quote: { exact: string; prefix: string; suffix: string };
  /** A code-point TextPositionSelector (W3C only); null when absent or unusable. */
  codePoints: { start: number; end: number } | null;
  /** "tagging" bodies, or Hypothesis tags. */
  tags: string[];
  /** "classifying" bodies: the verdict. */
  classifications: string[];
  /** "commenting" bodies (or an untyped textual body), or Hypothesis's text. */
  comment: string | null;
  /** "linking" bodies' addresses. */
  links: string[];
};

export type TParsedAnnotations = {
  format: "w3c" | "hypothesis";
  annotations: TImportedAnnotation[];
  /** Annotations with no TextQuoteSelector (a page note, a reply, a RangeSelector alone): nothing to anchor. */
  unreadable: number;
};

type TObj = Record<string, unknown>;
const isObj = (v: unknown): v is TObj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
// PostgreSQL text holds neither NUL nor half a surrogate pair; a file may hold both.
const BAD_CHARS = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const str = (v: unknown): string | null => (typeof v === "string" ? v.replace(BAD_CHARS, "\ufffd") : null);
// JSON-LD lets "type" be a string or an array, with or without a prefix ("oa:Annotation").
const hasType = (o: TObj, t: string) => list(o.type ?? o["@type"]).some((x) => x === t || x === `oa:${t}`);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function selectorsOf(target: unknown): TObj[] {
  const out: TObj[] = [];
  for (const t of list(target)) {
    if (!isObj(t)) continue;
    for (const s of list(t.selector)) {
      if (!isObj(s)) continue;
      out.push(s);
      // A selector may be refined by another (a quote inside a fragment, say).
      for (const r of list(s.refinedBy)) if (isObj(r)) out.push(r);
    }
  }
  return out;
}

function quoteOf(selectors: TObj[]): TImportedAnnotation["quote"] | null {
  const q = selectors.find((s) => hasType(s, "TextQuoteSelector"));
  const exact = q && str(q.exact);
  if (!q || !exact) return null;
  return { exact, prefix: str(q.prefix) ?? "", suffix: str(q.suffix) ?? "" };
}

function codePointsOf(selectors: TObj[]): TImportedAnnotation["codePoints"] {
  const p = selectors.find((s) => hasType(s, "TextPositionSelector"));
  if (!p || !isCount(p.start) || !isCount(p.end) || p.end <= p.start) return null;
  return { start: p.start, end: p.end };
}

function w3cAnnotation(a: TObj, index: number): TImportedAnnotation | null {
  const selectors = selectorsOf(a.target);
  const quote = quoteOf(selectors);
  if (!quote) return null;
  const out: TImportedAnnotation = { index, quote, codePoints: codePointsOf(selectors), tags: [], classifications: [], comment: null, links: [] };
  const comments: string[] = [];
  const bodyValue = str(a.bodyValue);
  if (bodyValue?.trim()) comments.push(bodyValue);
  for (const b of list(a.body)) {
    if (typeof b === "string") {
      out.links.push(b);
      continue;
    }
    if (!isObj(b)) continue;
    const purposes = list(b.purpose).map(String);
    const value = str(b.value);
    if (purposes.includes("linking") || (!value && str(b.id))) {
      if (str(b.id)) out.links.push(b.id as string);
      continue;
    }
    if (!value?.trim()) continue;
    if (purposes.includes("tagging")) out.tags.push(value.trim());
    else if (purposes.includes("classifying")) out.classifications.push(value.trim());
    else comments.push(value);
  }
  out.comment = comments.length ? comments.join("\n\n") : null;
  return out;
}

function hypothesisRow(row: TObj, index: number): TImportedAnnotation | null {
  const quote = quoteOf(selectorsOf(row.target));
  if (!quote) return null;
  const text = str(row.text);
  return {
    index,
    quote,
    codePoints: null,
    tags: list(row.tags).filter((t): t is string => typeof t === "string" && t.trim() !== "").map((t) => t.trim()),
    classifications: [],
    comment: text?.trim() ? text : null,
    links: [],
  };
}

/** W3C annotations of a collection, a page, one annotation or an array of either. */
function w3cItems(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc.flatMap((d) => (isObj(d) && (hasType(d, "AnnotationPage") || hasType(d, "AnnotationCollection")) ? (w3cItems(d) ?? []) : [d]));
  if (!isObj(doc)) return null;
  if (hasType(doc, "AnnotationCollection")) {
    if (!isObj(doc.first)) throw invalid("This annotation collection links to its pages instead of including them. Export it with its annotations embedded.");
    return list(doc.first.items);
  }
  if (hasType(doc, "AnnotationPage")) return list(doc.items);
  if (hasType(doc, "Annotation")) return [doc];
  return null;
}

function hypothesisRows(doc: unknown): unknown[] | null {
  if (!isObj(doc)) return null;
  const rows = Array.isArray(doc.rows) ? doc.rows : Array.isArray(doc.annotations) ? doc.annotations : null;
  // Hypothesis rows carry target as an array and an uri; W3C annotations would carry a type.
  if (!rows || !rows.every((r) => isObj(r) && Array.isArray(r.target) && !("type" in r))) return null;
  return rows;
}

/** The annotations of a W3C or Hypothesis JSON document, or a VALIDATION error naming what is wrong. */
export function parseAnnotations(doc: unknown): TParsedAnnotations {
  const rows = hypothesisRows(doc);
  const items = rows ?? w3cItems(doc);
  if (!items) {
    throw invalid("This file is neither W3C Web Annotation JSON-LD (an AnnotationCollection, AnnotationPage or Annotation) nor a Hypothesis JSON export (rows or annotations with targets).");
  }
  if (items.length > MAX_IMPORT_ANNOTATIONS) throw invalid(`A file can hold at most ${MAX_IMPORT_ANNOTATIONS.toLocaleString("en-US")} annotations; this one has ${items.length.toLocaleString("en-US")}.`);
  const annotations: TImportedAnnotation[] = [];
  let unreadable = 0;
  items.forEach((item, i) => {
    const a = isObj(item) ? (rows ? hypothesisRow(item, i) : w3cAnnotation(item, i)) : null;
    if (a) annotations.push(a);
    else unreadable++;
  });
  return { format: rows ? "hypothesis" : "w3c", annotations, unreadable };
}
