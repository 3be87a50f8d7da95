// CSV export: one row per claim, for spreadsheets and data desks. Built as a pull-based
// async generator so a route handler can stream millions of rows with flat memory: no
// row is read from the source until the client has taken the previous chunk.
// Cells are hardened against spreadsheet formula injection (OWASP "CSV Injection").
import { stringify } from "csv-stringify/sync";
import { SOURCING_LABELS } from "@/lib/claims/labels";
import { claimRedFlags, resolveFlagOptions, type TClaimFlagOptions, type TExportFlagOptions } from "./red-flags";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";

export const CSV_COLUMNS = [
  "article_id",
  "article_title",
  "article_url",
  "outlet",
  "published_at",
  "article_needs_reattaching",
  "claim_number",
  "claim_id",
  "quote",
  "sourcing_type",
  "sourcing_label",
  "source_phrase",
  "cue",
  "identification",
  "ground_rules",
  "anonymity_reason",
  "hand",
  "source_count",
  "status",
  "rating_label",
  "rating_value",
  "rationale",
  "evidence",
  "reviewer",
  "approver",
  "decided_at",
  "approved_at",
  "red_flags",
] as const;

export type TCsvRow = { article: TReportArticle; claim: TReportClaim };
export type TCsvCell = string | number | null;

const BOM = "\uFEFF";
// Spreadsheets treat these leading characters as the start of a formula (tab and CR
// because some apps strip them and then see what follows).
const FORMULA_START = /^[=+\-@\t\r]/;
// csv-stringify only quotes a field containing the whole record delimiter ("\r\n"), so a
// lone "\n" or "\r" in a quote or rationale would break the row without this.
const STRINGIFY_OPTS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;
// Rows per csv-stringify call, and the chunk size handed to the consumer: big enough to
// keep per-chunk overhead low, small enough that memory stays flat.
const BATCH_ROWS = 256;

/**
 * Neutralises formula injection by prefixing a single quote. Typed numbers are left
 * alone: a real number (e.g. a rating of -2) cannot carry a formula, and quoting it would
 * turn it into text in every spreadsheet.
 */
export function neutralizeCell(value: TCsvCell): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function evidenceCell(evidence: TReportClaim["evidence"]): string {
  return evidence.map((e) => (e.note.trim() ? `${e.url} (${e.note.trim()})` : e.url)).join(" | ");
}

/** The cells of one claim's row, in CSV_COLUMNS order, before neutralising. */
export function csvRecord(article: TReportArticle, claim: TReportClaim, flags: TClaimFlagOptions): TCsvCell[] {
  return [
    article.id,
    article.title,
    article.url,
    article.outlet,
    article.publishedAt,
    article.needsReattaching,
    claim.number,
    claim.id,
    claim.quote,
    claim.sourcingType,
    claim.sourcingType ? SOURCING_LABELS[claim.sourcingType] : null,
    claim.sourcePhrase,
    claim.cue,
    claim.identification,
    claim.groundRules,
    claim.anonymityReason,
    claim.hand,
    claim.sourceCount,
    claim.status,
    claim.rating?.label ?? null,
    claim.rating?.value ?? null,
    claim.rationale,
    evidenceCell(claim.evidence),
    claim.reviewer,
    claim.approver,
    claim.decidedAt,
    claim.approvedAt,
    claimRedFlags(claim, flags).join(";"),
  ];
}

// Neutralises in place: the records are built for this call only, and a second array
// per row is a million needless allocations in a large export.
function stringifyRecords(records: TCsvCell[][]): string {
  for (const r of records) for (let i = 0; i < r.length; i++) r[i] = neutralizeCell(r[i]!);
  return stringify(records, STRINGIFY_OPTS);
}

/** BOM (once, so Excel reads UTF-8) and the header line. */
export function csvHeader(): string {
  return BOM + stringifyRecords([[...CSV_COLUMNS]]);
}

/**
 * Streams the CSV as text chunks: the header first, then batches of rows. Pull-based, so
 * backpressure is whatever the consumer applies (wrap with `Readable.from()` for Node
 * streams or `csvWebStream()` for a Response body). "Overdue" is judged at `opts.now`,
 * default the moment the export starts.
 */
export async function* csvChunks(
  rows: AsyncIterable<TCsvRow> | Iterable<TCsvRow>,
  opts?: TExportFlagOptions,
): AsyncGenerator<string, void, undefined> {
  const flags = resolveFlagOptions(opts, new Date());
  yield csvHeader();
  let batch: TCsvCell[][] = [];
  for await (const { article, claim } of rows) {
    batch.push(csvRecord(article, claim, flags));
    if (batch.length >= BATCH_ROWS) {
      const text = stringifyRecords(batch);
      batch = [];
      yield text;
    }
  }
  if (batch.length > 0) yield stringifyRecords(batch);
}

/**
 * A web ReadableStream of UTF-8 bytes for a route handler's Response. Rows are pulled only
 * when the stream asks for more, and a client disconnect closes the row source.
 */
export function csvWebStream(rows: AsyncIterable<TCsvRow> | Iterable<TCsvRow>, opts?: TExportFlagOptions): ReadableStream<Uint8Array> {
  const it = csvChunks(rows, opts);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await it.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (err) {
          controller.error(err);
        }
      },
      async cancel() {
        await it.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** Every claim of the report as a row, articles in report order, claims in text order. */
export function* reportRows(report: TReport): Generator<TCsvRow> {
  for (const article of report.articles) {
    for (const claim of article.claims) yield { article, claim };
  }
}

/** The whole CSV as one string: for small exports and tests. Overdue is judged at generatedAt. */
export function toCsv(report: TReport, opts?: TExportFlagOptions): string {
  const flags = resolveFlagOptions(opts, report.generatedAt);
  const records = Array.from(reportRows(report), ({ article, claim }) => csvRecord(article, claim, flags));
  return csvHeader() + (records.length > 0 ? stringifyRecords(records) : "");
}
