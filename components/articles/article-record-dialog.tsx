"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { archiveArticleAction, deleteArticleAction, restoreArticleAction, updateArticleRecordAction } from "@/lib/articles/actions";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import { can } from "@/lib/teams/permissions";
import type { TRole } from "@/lib/teams/schemas";

type TArticle = TArticleForReview["article"];

// The article's record: metadata edits (audited), archive and restore, and an admin's
// delete. Field errors come back from the same zod schema the server parses with.
export function ArticleRecordDialog({ article, role }: { article: TArticle; role: TRole }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();

  const run = (work: () => Promise<{ ok: true } | { ok: false; error: { message: string; details?: unknown } }>, after: () => void) =>
    start(async () => {
      setError(null);
      setFieldErrors({});
      const r = await work();
      if (!r.ok) {
        setError(r.error.message);
        setFieldErrors((r.error.details as Record<string, string>) ?? {});
        return;
      }
      after();
    });

  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = Object.fromEntries(["title", "outlet", "author", "url", "publishedAt"].map((k) => [k, String(f.get(k) ?? "")]));
    run(() => updateArticleRecordAction({ articleId: article.id, ...input }), () => {
      setOpen(false);
      router.refresh();
    });
  };

  const err = (k: string) => fieldErrors[k];
  return (
    <>
      <Button variant="secondary" onClick={() => { setError(null); setFieldErrors({}); setOpen(true); }}>Article details</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Article details" description="Changes are recorded in the article's history.">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <form className="mt-2 space-y-3" onSubmit={save} noValidate aria-label="Article details">
          <Field label="Title" htmlFor="record-title" error={err("title")}>
            <Input id="record-title" name="title" defaultValue={article.title} maxLength={300} aria-invalid={Boolean(err("title"))} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Outlet" htmlFor="record-outlet" error={err("outlet")}>
              <Input id="record-outlet" name="outlet" defaultValue={article.outlet ?? ""} maxLength={200} />
            </Field>
            <Field label="Author" htmlFor="record-author" error={err("author")}>
              <Input id="record-author" name="author" defaultValue={article.author ?? ""} maxLength={200} />
            </Field>
            <Field label="URL" htmlFor="record-url" error={err("url")}>
              <Input id="record-url" name="url" defaultValue={article.url ?? ""} placeholder="https://" aria-invalid={Boolean(err("url"))} aria-describedby={err("url") ? "record-url-error" : undefined} />
            </Field>
            <Field label="Publication date" htmlFor="record-publishedAt" error={err("publishedAt")}>
              <Input id="record-publishedAt" name="publishedAt" type="date" defaultValue={article.publishedAt?.slice(0, 10) ?? ""} />
            </Field>
          </div>
          <div className="flex flex-wrap justify-between gap-2">
            <span className="flex gap-2">
              {can(role, "article.archive") ? (
                article.archivedAt ? (
                  <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => restoreArticleAction({ articleId: article.id }), () => { setOpen(false); router.refresh(); })}>
                    Restore from archive
                  </Button>
                ) : (
                  <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => archiveArticleAction({ articleId: article.id }), () => { setOpen(false); router.refresh(); })}>
                    Archive article
                  </Button>
                )
              ) : null}
              {can(role, "article.delete") ? (
                <Button
                  type="button"
                  variant="danger"
                  disabled={pending}
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
              <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save details"}</Button>
            </span>
          </div>
        </form>
      </Dialog>
    </>
  );
}
