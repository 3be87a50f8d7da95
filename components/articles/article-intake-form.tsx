"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type ClipboardEvent } from "react";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { createArticleAction, previewUrlImportAction } from "@/lib/articles/actions";
import type { TUrlImportPreview } from "@/lib/articles/import-url";
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, ZArticleMeta } from "@/lib/articles/schemas";
import { z } from "zod";
import { pastedHtmlToText } from "./paste-html";

// The text is checked on the server only: it may come from the file instead, and the
// stored text is what the server makes of either.
const ZIntakeFields = ZArticleMeta.extend({ text: z.string() });

export function ArticleIntakeForm() {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [importUrl, setImportUrl] = useState("");
  const [imported, setImported] = useState<TUrlImportPreview | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [fetching, startFetch] = useTransition();
  const { form, onSubmit, formError, pending, fieldError, field } = useServerForm({
    schema: ZIntakeFields,
    defaultValues: { title: "", outlet: "", author: "", url: "", publishedAt: "", text: "" },
    submit: async (values) => {
      const file = fileInput.current?.files?.[0];
      // Checked here too so a large file is refused before it is uploaded.
      if (file && file.size > MAX_UPLOAD_BYTES) return { ok: false, error: { code: "PAYLOAD_TOO_LARGE", message: "That file is larger than 2 MB." } };
      const body = new FormData();
      for (const [k, v] of Object.entries(values)) body.set(k, String(v ?? ""));
      if (file) body.set("file", file);
      else if (imported) body.set("captureId", imported.captureId);
      return createArticleAction(body);
    },
    onSuccess: (data) => router.push(`/articles/${data.id}`),
  });
  const chars = form.watch("text").length;

  // The server fetches the page; its text and metadata fill the form for the reviewer
  // to check and correct before anything is saved.
  const fetchPage = () =>
    startFetch(async () => {
      setImportError(null);
      const r = await previewUrlImportAction({ url: importUrl });
      if (!r.ok) {
        setImported(null);
        setImportError(r.error.message);
        return;
      }
      const { meta, text } = r.data;
      const set = (name: "title" | "outlet" | "author" | "url" | "publishedAt" | "text", value: string | null) => form.setValue(name, value ?? "", { shouldValidate: name !== "text" && Boolean(value) });
      set("title", meta.title);
      set("outlet", meta.outlet);
      set("author", meta.author);
      set("url", meta.url);
      set("publishedAt", meta.publishedAt);
      set("text", text);
      setImported(r.data);
    });

  // Rich text keeps its paragraphs: the HTML flavour of the clipboard is read by blocks.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData("text/html");
    if (!html) return;
    const text = pastedHtmlToText(new DOMParser().parseFromString(html, "text/html"));
    if (!text) return;
    e.preventDefault();
    const el = e.currentTarget;
    const value = el.value;
    const next = value.slice(0, el.selectionStart) + text + value.slice(el.selectionEnd);
    form.setValue("text", next, { shouldDirty: true });
  };

  return (
    <div className="space-y-4">
      <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm" aria-labelledby="import-url-heading">
        <h2 id="import-url-heading" className="text-lg font-semibold">Import from a web address</h2>
        {importError ? <Alert tone="error">{importError}</Alert> : null}
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <Field label="Article address" htmlFor="import-url" hint="The server fetches the page and keeps a copy; you check the text and details before saving.">
              <Input
                id="import-url"
                type="url"
                placeholder="https://"
                value={importUrl}
                onChange={(e) => setImportUrl(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    fetchPage();
                  }
                }}
              />
            </Field>
          </div>
          <Button type="button" variant="secondary" onClick={fetchPage} disabled={fetching || !importUrl.trim()}>
            {fetching ? "Fetching…" : "Fetch article"}
          </Button>
        </div>
        {imported ? (
          <Alert tone="success">
            <span data-testid="import-preview-note">
              Fetched from {imported.capture.host}: {imported.text.length.toLocaleString("en-US")} characters of article text. Check the text and the details below, correct them if needed, then add the article.
            </span>
          </Alert>
        ) : null}
      </section>
      <form onSubmit={onSubmit} className="space-y-4 rounded-lg bg-white p-6 shadow-sm" noValidate>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field label="Title" htmlFor="title" error={fieldError("title")}>
          <Input {...field("title", "title")} required maxLength={300} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Outlet" htmlFor="outlet" error={fieldError("outlet")}>
            <Input {...field("outlet", "outlet")} maxLength={200} />
          </Field>
          <Field label="Author" htmlFor="author" error={fieldError("author")}>
            <Input {...field("author", "author")} maxLength={200} />
          </Field>
          <Field label="URL" htmlFor="url" error={fieldError("url")}>
            <Input {...field("url", "url")} type="url" placeholder="https://" />
          </Field>
          <Field label="Publication date" htmlFor="publishedAt" error={fieldError("publishedAt")}>
            <Input {...field("publishedAt", "publishedAt")} type="date" />
          </Field>
        </div>
        <Field label="Article text" htmlFor="text" error={fieldError("text")} hint={`${chars.toLocaleString("en-US")} of ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters. Paste keeps paragraphs; or upload a file below.`}>
          <Textarea {...field("text", "text")} rows={14} onPaste={onPaste} />
        </Field>
        <Field label="…or upload a file (.txt, .md, .html or .docx, up to 2 MB)" htmlFor="file">
          <Input
            ref={fileInput}
            id="file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          />
        </Field>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Add article"}</Button>
      </form>
    </div>
  );
}
