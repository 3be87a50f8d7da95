"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth";
import { runAction, type TActionResult } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createArticle } from "./create-article";
import { editArticleText, type TEditResult } from "./edit-article-text";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { importUpload } from "./import-upload";
import { listReviewClaims, ZListReviewClaims, type TReviewCursor } from "./review-claims-page";
import { deleteArticle, setArticleArchived, updateArticleRecord, type TArticleRecord } from "./article-record";
import { MAX_UPLOAD_BYTES, ZArticleRef, ZCreateArticle, ZEditArticleText, ZUpdateArticleRecord } from "./schemas";

// The intake form posts FormData: metadata, and either pasted text or one file.
export async function createArticleAction(form: FormData): Promise<TActionResult<{ id: string }>> {
  return runAction(async () => {
    const file = form.get("file");
    let text = String(form.get("text") ?? "");
    let sourceFormat: "paste" | "txt" | "md" | "html" = "paste";
    if (file instanceof File && file.size > 0) {
      const raw = file.size > MAX_UPLOAD_BYTES ? "" : new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
      ({ text, sourceFormat } = await importUpload(await getSession(), { name: file.name, type: file.type, content: raw, bytes: file.size }));
    }
    const input = parseInput(ZCreateArticle, {
      title: form.get("title"),
      outlet: form.get("outlet") ?? null,
      author: form.get("author") ?? null,
      url: form.get("url") ?? null,
      publishedAt: form.get("publishedAt") ?? null,
      text,
      sourceFormat,
    });
    const article = await createArticle(await getSession(), input);
    revalidatePath("/");
    return { id: article.id };
  });
}

export async function editArticleTextAction(input: unknown): Promise<TActionResult<TEditResult>> {
  return runAction(async () => {
    const data = parseInput(ZEditArticleText, input);
    const result = await editArticleText(await getSession(), data);
    revalidatePath(`/articles/${data.articleId}`);
    return result;
  });
}

export async function updateArticleRecordAction(input: unknown): Promise<TActionResult<TArticleRecord>> {
  return runAction(async () => {
    const data = parseInput(ZUpdateArticleRecord, input);
    const record = await updateArticleRecord(await getSession(), data);
    revalidatePath("/");
    return record;
  });
}

export async function archiveArticleAction(input: unknown): Promise<TActionResult<TArticleRecord>> {
  return runAction(async () => {
    const record = await setArticleArchived(await getSession(), { ...parseInput(ZArticleRef, input), archived: true });
    revalidatePath("/");
    return record;
  });
}

export async function restoreArticleAction(input: unknown): Promise<TActionResult<TArticleRecord>> {
  return runAction(async () => {
    const record = await setArticleArchived(await getSession(), { ...parseInput(ZArticleRef, input), archived: false });
    revalidatePath("/");
    return record;
  });
}

export async function deleteArticleAction(input: unknown): Promise<TActionResult<{ id: string }>> {
  return runAction(async () => {
    const r = await deleteArticle(await getSession(), parseInput(ZArticleRef, input));
    revalidatePath("/");
    return r;
  });
}

// The review page's claims after the first page (a long article's rest, in text order).
export async function listReviewClaimsAction(input: unknown): Promise<TActionResult<{ claims: TClaimView[]; next: TReviewCursor | null }>> {
  return runAction(async () => listReviewClaims(await getSession(), parseInput(ZListReviewClaims, input)));
}
