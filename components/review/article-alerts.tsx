import { Alert } from "@/components/ui/alert";
import { RED_FLAG_LABELS, type TRedFlag } from "@/lib/exports/red-flags";

// What is wrong with, or special about, the article as a whole: its red flags (from the
// claims as they stand in this render) and whether it is archived.
export function ArticleAlerts({ redFlags, archived }: { redFlags: TRedFlag[]; archived: boolean }) {
  return (
    <>
      {redFlags.length ? (
        <section aria-label="Red flags" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="article-red-flags">
          <strong>Red flags:</strong> {redFlags.map((f) => `⚑ ${RED_FLAG_LABELS[f]}`).join(" · ")}
        </section>
      ) : null}
      {archived ? (
        <Alert tone="info" title="Archived">This article is archived: it is hidden from the dashboard and the team&apos;s totals until it is restored (Article details).</Alert>
      ) : null}
    </>
  );
}
