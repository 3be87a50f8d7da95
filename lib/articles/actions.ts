"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth";
import { AppError, runAction, type TActionResult } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createArticle } from "./create-article";
import { editArticleText, type TEditResult } from "./edit-article-text";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { importUpload } from "./import-upload";
import { previewUrlImport, reimportArticle, type TCaptureInfo, type TUrlImportPreview } from "./import-url";
import { listReviewClaims, ZListReviewClaims, type TReviewCursor } from "./review-claims-page";
import { deleteArticle, setArticleArchived, updateArticleRecord, type TArticleRecord } from "./article-record";
import { MAX_UPLOAD_BYTES, ZArticleRef, ZCreateArticle, ZEditArticleText, ZImportUrl, ZReimportArticle, ZUpdateArticleRecord } from "./schemas";

// The intake form posts FormData: metadata, and either pasted text, one file, or the
// text of a URL import's preview with its capture id. A file's metadata (an HTML page's
// byline, outlet, date, address) fills the fields the reviewer left blank.
export async function createArticleAction(form: FormData): Promise<TActionResult<{ id: string }>> {
  return runAction(async () => {
    const file = form.get("file");
    let text = String(form.get("text") ?? "");
    let sourceFormat = "paste";
    const fields: Record<string, unknown> = {
      title: form.get("title"),
      outlet: form.get("outlet") ?? null,
      author: form.get("author") ?? null,
      url: form.get("url") ?? null,
      publishedAt: form.get("publishedAt") ?? null,
    };
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "That file is larger than 2 MB.");
      const imported = await importUpload(await getSession(), { name: file.name, type: file.type, data: new Uint8Array(await file.arrayBuffer()) });
      ({ text, sourceFormat } = imported);
      for (const [k, v] of Object.entries(imported.meta ?? {})) if (v && !String(fields[k] ?? "").trim()) fields[k] = v;
    }
    const captureId = String(form.get("captureId") ?? "") || null;
    const input = parseInput(ZCreateArticle, { ...fields, text, sourceFormat, captureId });
    const article = await createArticle(await getSession(), input);
    revalidatePath("/");
    return { id: article.id };
  });
}

// "Import from a URL": the server fetches the page and answers the text and metadata
// for the reviewer to check before saving.
export async function previewUrlImportAction(input: unknown): Promise<TActionResult<TUrlImportPreview>> {
  return runAction(async () => previewUrlImport(await getSession(), parseInput(ZImportUrl, input)));
}

// A new version from the page the article was imported from.
export async function reimportArticleAction(input: unknown): Promise<TActionResult<TEditResult & { capture: TCaptureInfo }>> {
  return runAction(async () => {
    const data = parseInput(ZReimportArticle, input);
    const result = await reimportArticle(await getSession(), data);
    revalidatePath(`/articles/${data.articleId}`);
    return result;
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
