// The published fact-check: what a reader sees with no account. Approved verdicts only,
// with their sourcing, rationale and evidence, the article's red flags, and the desk.
import { Byline } from "@/components/articles/byline";
import { FormatProvider, LocalDate } from "@/components/ui/format-provider";
import { SOURCING_LABELS } from "@/lib/claims/labels";
import { claimReviews } from "@/lib/exports/claim-review";
import { toScriptSafeJson } from "@/lib/exports/safe-json";
import { isWebUrl } from "@/lib/exports/summary";
import type { TPublicReview } from "@/lib/public/get-public-review";

const safeHref = (url: string) => (isWebUrl(url) ? url : undefined);

export function PublicReview({ review }: { review: TPublicReview }) {
  const { article, summary, report } = review;
  return (
    <FormatProvider value={review.format}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: toScriptSafeJson(claimReviews(report)) }} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8 [overflow-wrap:anywhere]">
        <header className="space-y-1 border-b border-slate-200 pb-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Fact-check by {report.team.name}</p>
          <h1 className="text-2xl font-semibold">{article.title}</h1>
          <p className="text-sm text-slate-600">
            <Byline outlet={article.outlet} author={article.author} publishedAt={article.publishedAt} />
            {article.url && safeHref(article.url) ? <> · <a className="text-blue-700 underline" href={article.url} rel="nofollow">Read the article</a></> : null}
          </p>
          <p className="text-xs text-slate-500">Published <LocalDate iso={review.since} kind="when" /></p>
        </header>
        <section aria-labelledby="flags-h" className="space-y-1">
          <h2 id="flags-h" className="text-lg font-semibold">Red flags</h2>
          {summary.redFlags.length ? (
            <ul className="list-disc pl-5 text-sm" data-testid="public-red-flags">
              {summary.redFlags.map((f) => <li key={f.code}>{f.label}{f.claims !== null ? ` (${f.claims})` : ""}</li>)}
            </ul>
          ) : <p className="text-sm">None among the claims reviewed.</p>}
        </section>
        <section aria-labelledby="claims-h" className="space-y-3">
          <h2 id="claims-h" className="text-lg font-semibold">Claims reviewed</h2>
          <ol className="space-y-4">
            {article.claims.map((c) => (
              <li key={c.id} id={`claim-${c.number}`} className="rounded-md border border-slate-200 bg-white p-3" data-testid="public-claim">
                <blockquote className="border-l-4 border-slate-300 pl-2 font-serif">{c.quote}</blockquote>
                <p className="mt-2 text-sm"><strong>Verdict:</strong> {c.rating?.label ?? "—"}</p>
                <p className="text-sm">
                  <strong>Sourcing:</strong> {c.sourcingType ? SOURCING_LABELS[c.sourcingType] : "Not tagged"}
                  {c.sourcePhrase ? ` — ${c.sourcePhrase}` : ""}
                </p>
                {c.rationale ? <p className="mt-1 whitespace-pre-wrap text-sm">{c.rationale}</p> : null}
                {c.evidence.length ? (
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {c.evidence.map((e, i) => <li key={i}><a className="break-all text-blue-700 underline" href={safeHref(e.url)} rel="nofollow">{e.note || e.url}</a></li>)}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        <footer className="text-xs text-slate-500">{report.team.name} · published with Sourcebench</footer>
      </main>
    </FormatProvider>
  );
}
