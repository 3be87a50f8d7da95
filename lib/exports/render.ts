// Maps an export format to its file name, content type and a byte stream, so the
// direct download route and the background job share one implementation.
import "server-only";
import { slugify } from "@/lib/slug";
import { csvWebStream, type TCsvRow } from "./csv";
import { loadArticleTexts, loadReport, reportArticles, type TProgress, type TReportHeader } from "./get-report";
import { toScriptSafeJson } from "./safe-json";

import { EXPORT_FORMAT_INFO, type TExportFormat } from "./export-formats";

export function exportFileName(header: TReportHeader, format: TExportFormat, label: string): string {
  const slug = slugify(label, 60, "report");
  return `sourcebench-${slug}-${header.generatedAt.slice(0, 10)}.${EXPORT_FORMAT_INFO[format].ext}`;
}

export const contentType = (format: TExportFormat) => EXPORT_FORMAT_INFO[format].contentType;

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

type TRenderContext = { header: TReportHeader; flags: TReportHeader["flagOptions"] & { now: string }; includeAll?: boolean; progress?: TProgress };

// Each renderer is loaded when first asked for: pdfkit and its fonts alone add tens of
// megabytes to a process that only ever streams CSV.
const RENDERERS: Record<TExportFormat, (ctx: TRenderContext) => Promise<ReadableStream<Uint8Array>>> = {
  // CSV streams row batches; the other formats are documents rendered whole.
  csv: async ({ header, flags, progress }) => csvWebStream(rows(header, progress), flags),
  json: async ({ header, flags, progress }) => once((await import("./json")).toJson(await loadReport(header, progress), flags)),
  md: async ({ header, flags, progress }) => once((await import("./markdown")).toMarkdown(await loadReport(header, progress), flags)),
  // Script-safe: a desk pastes ClaimReview into a <script type="application/ld+json">.
  claimreview: async ({ header, includeAll, progress }) =>
    once(toScriptSafeJson((await import("./claim-review")).claimReviews(await loadReport(header, progress), { includeAll }), 2)),
  pdf: async ({ header, flags, progress }) => once(new Uint8Array(await (await import("./pdf")).renderPdf(await loadReport(header, progress), flags))),
  w3c: async ({ header, progress }) => {
    const [report, texts] = await Promise.all([loadReport(header, progress), loadArticleTexts(header)]);
    return once(`${JSON.stringify((await import("./web-annotation")).toAnnotationCollection(report, texts), null, 2)}\n`);
  },
};

export async function renderExport(
  header: TReportHeader,
  format: TExportFormat,
  opts: { includeAll?: boolean; progress?: TProgress } = {},
): Promise<ReadableStream<Uint8Array>> {
  return RENDERERS[format]({ header, flags: { ...header.flagOptions, now: header.generatedAt }, ...opts });
}
