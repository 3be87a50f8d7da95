"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { createArticleAction } from "@/lib/articles/actions";
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, ZArticleMeta } from "@/lib/articles/schemas";
import { z } from "zod";

// The text is checked on the server only: it may come from the file instead, and the
// stored text is what the server makes of either.
const ZIntakeFields = ZArticleMeta.extend({ text: z.string() });

export function ArticleIntakeForm() {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
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
      return createArticleAction(body);
    },
    onSuccess: (data) => router.push(`/articles/${data.id}`),
  });
  const chars = form.watch("text").length;

  return (
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
      <Field label="Article text" htmlFor="text" error={fieldError("text")} hint={`${chars.toLocaleString("en-US")} of ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters. Or upload a file below.`}>
        <Textarea {...field("text", "text")} rows={14} />
      </Field>
      <Field label="…or upload a file (.txt, .md or .html, up to 2 MB)" htmlFor="file">
        <Input ref={fileInput} id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Add article"}</Button>
    </form>
  );
}
