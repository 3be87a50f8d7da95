"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { archiveArticleAction, deleteArticleAction, restoreArticleAction, updateArticleRecordAction } from "@/lib/articles/actions";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import { ZArticleMeta } from "@/lib/articles/schemas";
import { can } from "@/lib/teams/permissions";
import type { TRole } from "@/lib/teams/schemas";

type TArticle = TArticleForReview["article"];

// The article's record: metadata edits (audited), archive and restore, and an admin's
// delete. The fields are checked with the zod schema the server parses with.
export function ArticleRecordDialog({ article, role }: { article: TArticle; role: TRole }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const record = () => ({
    title: article.title,
    outlet: article.outlet ?? "",
    author: article.author ?? "",
    url: article.url ?? "",
    publishedAt: article.publishedAt?.slice(0, 10) ?? "",
  });
  const details = useServerForm({
    schema: ZArticleMeta,
    defaultValues: record(),
    submit: (values) => updateArticleRecordAction({ articleId: article.id, ...values }),
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });

  // Archive, restore and delete: one click each, their errors above the form.
  const run = (work: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, after: () => void) =>
    start(async () => {
      setError(null);
      const r = await work();
      if (!r.ok) return setError(r.error.message);
      after();
    });

  const busy = pending || details.pending;
  const shownError = error ?? details.formError;
  return (
    <>
      <Button variant="secondary" onClick={() => { setError(null); details.form.reset(record()); setOpen(true); }}>Article details</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Article details" description="Changes are recorded in the article's history.">
        {shownError ? <Alert tone="error">{shownError}</Alert> : null}
        <form className="mt-2 space-y-3" onSubmit={details.onSubmit} noValidate aria-label="Article details">
          <Field label="Title" htmlFor="record-title" error={details.fieldError("title")}>
            <Input {...details.field("title", "record-title")} maxLength={300} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Outlet" htmlFor="record-outlet" error={details.fieldError("outlet")}>
              <Input {...details.field("outlet", "record-outlet")} maxLength={200} />
            </Field>
            <Field label="Author" htmlFor="record-author" error={details.fieldError("author")}>
              <Input {...details.field("author", "record-author")} maxLength={200} />
            </Field>
            <Field label="URL" htmlFor="record-url" error={details.fieldError("url")}>
              <Input {...details.field("url", "record-url")} placeholder="https://" />
            </Field>
            <Field label="Publication date" htmlFor="record-publishedAt" error={details.fieldError("publishedAt")}>
              <Input {...details.field("publishedAt", "record-publishedAt")} type="date" />
            </Field>
          </div>
          <div className="flex flex-wrap justify-between gap-2">
            <span className="flex gap-2">
              {can(role, "article.archive") ? (
                article.archivedAt ? (
                  <Button type="button" variant="secondary" disabled={busy} onClick={() => run(() => restoreArticleAction({ articleId: article.id }), () => { setOpen(false); router.refresh(); })}>
                    Restore from archive
                  </Button>
                ) : (
                  <Button type="button" variant="secondary" disabled={busy} onClick={() => run(() => archiveArticleAction({ articleId: article.id }), () => { setOpen(false); router.refresh(); })}>
                    Archive article
                  </Button>
                )
              ) : null}
              {can(role, "article.delete") ? (
                <Button
                  type="button"
                  variant="danger"
                  disabled={busy}
                  onClick={() => {
                    if (!window.confirm(`Delete “${article.title}” and all its claims permanently? This cannot be undone; archive it instead to hide it.`)) return;
                    run(() => deleteArticleAction({ articleId: article.id }), () => router.push("/"));
                  }}
                >
                  Delete article
                </Button>
              ) : null}
            </span>
            <span className="flex gap-2">
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
              <Button type="submit" disabled={busy}>{details.pending ? "Saving…" : "Save details"}</Button>
            </span>
          </div>
        </form>
      </Dialog>
    </>
  );
}
