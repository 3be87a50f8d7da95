// Maps an export format to its file name, content type and a byte stream, so the
// direct download route and the background job share one implementation.
import "server-only";
import { csvWebStream, type TCsvRow } from "./csv";
import { loadReport, reportArticles, type TProgress, type TReportHeader } from "./get-report";
import { toScriptSafeJson } from "./safe-json";

import type { TExportFormat } from "./export-formats";

const META: Record<TExportFormat, { ext: string; type: string }> = {
  csv: { ext: "csv", type: "text/csv; charset=utf-8" },
  json: { ext: "json", type: "application/json; charset=utf-8" },
  md: { ext: "md", type: "text/markdown; charset=utf-8" },
  claimreview: { ext: "claimreview.jsonld", type: "application/ld+json; charset=utf-8" },
  pdf: { ext: "pdf", type: "application/pdf" },
};

export function exportFileName(header: TReportHeader, format: TExportFormat, label: string): string {
  const slug = label.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "report";
  return `sourcebench-${slug}-${header.generatedAt.slice(0, 10)}.${META[format].ext}`;
}

export const contentType = (format: TExportFormat) => META[format].type;

async function* rows(header: TReportHeader, progress?: TProgress): AsyncGenerator<TCsvRow> {
  for await (const article of reportArticles(header, progress)) for (const claim of article.claims) yield { article, claim };
}

const once = (bytes: Uint8Array | string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
      controller.close();
    },
  });

export async function renderExport(
  header: TReportHeader,
  format: TExportFormat,
  opts: { includeAll?: boolean; progress?: TProgress } = {},
): Promise<ReadableStream<Uint8Array>> {
  const flags = { ...header.flagOptions, now: header.generatedAt };
  // CSV streams row batches; the other formats are documents rendered whole.
  if (format === "csv") return csvWebStream(rows(header, opts.progress), flags);
  // Each renderer is loaded when first asked for: pdfkit and its fonts alone add tens of
  // megabytes to a process that only ever streams CSV.
  const report = await loadReport(header, opts.progress);
  if (format === "json") return once((await import("./json")).toJson(report, flags));
  if (format === "md") return once((await import("./markdown")).toMarkdown(report, flags));
  // Script-safe: a desk pastes ClaimReview into a <script type="application/ld+json">.
  if (format === "claimreview") return once(toScriptSafeJson((await import("./claim-review")).claimReviews(report, { includeAll: opts.includeAll }), 2));
  return once(new Uint8Array(await (await import("./pdf")).renderPdf(report, flags)));
}
