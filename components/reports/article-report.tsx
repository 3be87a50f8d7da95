import { GROUND_RULE_LABELS, HAND_LABELS, IDENTIFICATION_LABELS, PROVIDED_DOCUMENTS_FLAG, SOURCING_LABELS, STATUS_LABELS } from "@/lib/claims/labels";
import { resolveFlagOptions, type TExportFlagOptions } from "@/lib/exports/red-flags";
import type { TReport } from "@/lib/exports/report-types";
import { EXPORT_FORMAT_INFO, exportFormatsFor } from "@/lib/exports/export-formats";
import { REPORT_PAGE_SIZE } from "@/lib/exports/schemas";
import { isWebUrl, summarizeArticle, summaryText, SUMMARY_LABELS } from "@/lib/exports/summary";
import { Byline } from "@/components/articles/byline";
import { LocalDate } from "@/components/ui/format-provider";
import type { TPublication } from "@/lib/public/publication";
import { PrintButton } from "./print-button";
import { PublishControls } from "./publish-controls";
import { ReportPager } from "./report-pager";

// Only http(s) addresses become links (the same check as the exports).
const safeHref = (url: string) => (isWebUrl(url) ? url : undefined);

// Printable: the app header and buttons are hidden in print, claims avoid page breaks.
// The summary is lib/exports/summary.ts's, word for word, as in the PDF, Markdown and JSON.
// `publish`: the public page's controls, for those who may publish (null hides them).
export function ArticleReport({ report, flags, page = 1, publish = null }: { report: TReport; flags: TExportFlagOptions; page?: number; publish?: { publication: TPublication | null } | null }) {
  const article = report.articles[0]!;
  const claims = article.claims;
  const pages = Math.max(1, Math.ceil(claims.length / REPORT_PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = claims.slice((current - 1) * REPORT_PAGE_SIZE, current * REPORT_PAGE_SIZE);
  const summary = summaryText(summarizeArticle(article, resolveFlagOptions(flags, report.generatedAt)));
  return (
    <article className="mx-auto max-w-3xl space-y-5 bg-white p-4 shadow-sm [overflow-wrap:anywhere] sm:p-8 print:shadow-none" data-testid="article-report">
      <header className="space-y-1 border-b border-slate-200 pb-3">
        <div className="flex items-start justify-between gap-2">
          <p className="text-xs uppercase tracking-wide text-slate-500">{report.team.name} · fact-check report</p>
          <span className="flex gap-2 print:hidden">
            {exportFormatsFor("article").map((f) => (
              <a key={f} className="text-sm text-blue-700 underline" href={`/api/articles/${article.id}/export/${f}`} title={EXPORT_FORMAT_INFO[f].describe}>{EXPORT_FORMAT_INFO[f].label}</a>
            ))}
            <PrintButton />
          </span>
        </div>
        <h1 className="text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-600">
          <Byline outlet={article.outlet} author={article.author} publishedAt={article.publishedAt} version={article.version} />
          {article.url ? <> · <a className="break-all text-blue-700 underline" href={safeHref(article.url)}>{article.url}</a></> : null}
        </p>
      </header>
      {publish ? <PublishControls articleId={article.id} publication={publish.publication} /> : null}
      <section aria-labelledby="summary-h">
        <h2 id="summary-h" className="text-lg font-semibold">Summary</h2>
        <dl className="grid grid-cols-[10rem_1fr] gap-x-2 text-sm" data-testid="report-summary">
          <dt className="text-slate-600">{SUMMARY_LABELS.claims}</dt><dd>{summary.claims}</dd>
          <dt className="text-slate-600">{SUMMARY_LABELS.sourcingMix}</dt><dd>{summary.sourcingMix}</dd>
          <dt className="text-slate-600">{SUMMARY_LABELS.redFlags}</dt>
          <dd>
            {summary.redFlags.length ? (
              <ul className="font-medium text-red-800">{summary.redFlags.map((f) => <li key={f.code}>{f.number}. {f.text}</li>)}</ul>
            ) : summary.noRedFlags}
          </dd>
        </dl>
        {summary.needsReattaching ? (
          <p className="text-sm font-medium text-amber-800" data-testid="report-needs-reattaching">{summary.needsReattaching}</p>
        ) : null}
        {claims.some((c) => c.sourcingType === "provided_documents") ? <p className="mt-1 text-sm font-medium text-red-800">⚑ {PROVIDED_DOCUMENTS_FLAG}</p> : null}
      </section>
      {pages > 1 ? <ReportPager articleId={article.id} current={current} pages={pages} total={claims.length} where="top" /> : null}
      <ol className="space-y-4">
        {shown.map((c) => (
          <li key={c.id} className="break-inside-avoid rounded-md border border-slate-200 p-3" data-testid="report-claim">
            <p className="text-xs font-semibold text-slate-500">Claim #{c.number} · {STATUS_LABELS[c.status]}</p>
            <blockquote className="my-1 border-l-4 border-slate-300 pl-2 font-serif">{c.quote}</blockquote>
            <dl className="grid grid-cols-[10rem_1fr] gap-x-2 text-sm">
              <dt className="text-slate-600">Sourcing</dt><dd>{c.sourcingType ? SOURCING_LABELS[c.sourcingType] : "Not tagged"}{c.sourcingType === "provided_documents" ? " ⚑" : ""}</dd>
              {c.sourcePhrase ? <><dt className="text-slate-600">Source</dt><dd>{c.sourcePhrase}{c.cue ? ` (“${c.cue}”)` : ""}</dd></> : null}
              {c.identification ? <><dt className="text-slate-600">Identification</dt><dd>{IDENTIFICATION_LABELS[c.identification]}</dd></> : null}
              {c.groundRules ? <><dt className="text-slate-600">Ground rules</dt><dd>{GROUND_RULE_LABELS[c.groundRules]}</dd></> : null}
              {c.anonymityReason ? <><dt className="text-slate-600">Anonymity granted</dt><dd>{c.anonymityReason}</dd></> : null}
              {c.hand ? <><dt className="text-slate-600">Hand</dt><dd>{HAND_LABELS[c.hand]}</dd></> : null}
              {c.sourceCount !== null ? <><dt className="text-slate-600">Independent sources</dt><dd>{c.sourceCount}</dd></> : null}
              <dt className="text-slate-600">Verdict</dt><dd>{c.rating ? `${c.rating.label}${c.rating.value !== null ? ` (${c.rating.value})` : ""}` : "—"}</dd>
              {c.rationale ? <><dt className="text-slate-600">Rationale</dt><dd className="whitespace-pre-wrap">{c.rationale}</dd></> : null}
              {c.evidence.length ? (
                <>
                  <dt className="text-slate-600">Evidence</dt>
                  <dd><ul>{c.evidence.map((e, i) => <li key={i}><a className="break-all text-blue-700 underline" href={safeHref(e.url)}>{e.url}</a>{e.note ? ` — ${e.note}` : ""}</li>)}</ul></dd>
                </>
              ) : null}
              <dt className="text-slate-600">Reviewer</dt><dd>{c.reviewer ?? "—"} · {c.decidedAt ? <LocalDate iso={c.decidedAt} kind="when" /> : "—"}</dd>
              <dt className="text-slate-600">Approver</dt><dd>{c.approver ?? "—"} · {c.approvedAt ? <LocalDate iso={c.approvedAt} kind="when" /> : "—"}</dd>
            </dl>
          </li>
        ))}
      </ol>
      {pages > 1 ? <ReportPager articleId={article.id} current={current} pages={pages} total={claims.length} where="bottom" /> : null}
      <footer className="text-xs text-slate-500">Generated <LocalDate iso={report.generatedAt} kind="when" /> by Sourcebench.</footer>
    </article>
  );
}
