"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { createArticleAction } from "@/lib/articles/actions";
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES } from "@/lib/articles/schemas";

export function ArticleIntakeForm() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [chars, setChars] = useState(0);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    // Checked here too so a large file is refused before it is uploaded.
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setFieldErrors({ file: "That file is larger than 2 MB." });
      setError("That file is larger than 2 MB.");
      return;
    }
    start(async () => {
      setError(null);
      setFieldErrors({});
      const r = await createArticleAction(form);
      if (!r.ok) {
        setError(r.error.message);
        setFieldErrors((r.error.details as Record<string, string>) ?? {});
        return;
      }
      router.push(`/articles/${r.data.id}`);
    });
  }

  const err = (k: string) => fieldErrors[k];
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg bg-white p-6 shadow-sm" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Title" htmlFor="title" error={err("title")}>
        <Input id="title" name="title" required maxLength={300} aria-invalid={Boolean(err("title"))} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Outlet" htmlFor="outlet" error={err("outlet")}>
          <Input id="outlet" name="outlet" maxLength={200} />
        </Field>
        <Field label="Author" htmlFor="author" error={err("author")}>
          <Input id="author" name="author" maxLength={200} />
        </Field>
        <Field label="URL" htmlFor="url" error={err("url")}>
          <Input id="url" name="url" type="url" placeholder="https://" aria-invalid={Boolean(err("url"))} />
        </Field>
        <Field label="Publication date" htmlFor="publishedAt" error={err("publishedAt")}>
          <Input id="publishedAt" name="publishedAt" type="date" />
        </Field>
      </div>
      <Field label="Article text" htmlFor="text" error={err("text")} hint={`${chars.toLocaleString("en-US")} of ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters. Or upload a file below.`}>
        <Textarea id="text" name="text" rows={14} onChange={(e) => setChars(e.target.value.length)} aria-invalid={Boolean(err("text"))} />
      </Field>
      <Field label="…or upload a file (.txt, .md or .html, up to 2 MB)" htmlFor="file" error={err("file")}>
        <Input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Add article"}</Button>
    </form>
  );
}
