"use client";

// The editor's switch for the public fact-check page: publish (optionally hidden from
// search engines), see where it lives, take it down.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LocalDate } from "@/components/ui/format-provider";
import { publishReviewAction, unpublishReviewAction } from "@/lib/public/actions";
import type { TPublication } from "@/lib/public/publication";

export function PublishControls({ articleId, publication }: { articleId: string; publication: TPublication | null }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [noindex, setNoindex] = useState(publication?.noindex ?? false);
  const id = useId();
  const run = (action: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    start(async () => {
      const r = await action();
      setError(r.ok ? null : (r.error?.message ?? "That did not work."));
      if (r.ok) router.refresh();
    });
  return (
    <section aria-label="Public page" className="space-y-2 rounded-md border border-slate-200 p-3 text-sm print:hidden" data-testid="publish-controls">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {publication ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>
            Published <LocalDate iso={publication.since} kind="when" /> at{" "}
            <a className="break-all text-blue-700 underline" href={publication.url} data-testid="public-url">{publication.url}</a>
            {publication.noindex ? " (hidden from search engines)" : ""}
          </span>
          <Button variant="secondary" disabled={pending} onClick={() => run(() => unpublishReviewAction({ articleId }))}>Unpublish</Button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor={id} className="flex items-center gap-1.5">
            <input id={id} type="checkbox" checked={noindex} onChange={(e) => setNoindex(e.target.checked)} />
            Hide from search engines
          </label>
          <Button disabled={pending} onClick={() => run(() => publishReviewAction({ articleId, noindex }))}>Publish review</Button>
          <span className="text-xs text-slate-600">The public page shows approved verdicts only, with no sign-in.</span>
        </div>
      )}
    </section>
  );
}
