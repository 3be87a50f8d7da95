// Importing an article from a web address: the server fetches the page itself through
// the SSRF guard (lib/net/safe-fetch.ts), decodes it in its charset, extracts the reader
// view and metadata in the worker pool, and keeps what it fetched as a capture (gzip,
// final URL, status, time, SHA-256). The reviewer sees the text and metadata before
// saving (the capture's id goes along with the save: create-article.ts); an article
// can be re-imported from the same address as a new version, whose claims re-anchor as
// for any edit.
import "server-only";
import { gunzipSync, gzipSync } from "node:zlib";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { urlImportTestAllow } from "@/lib/env";
import { AppError, invalid, notFound } from "@/lib/errors";
import { isId } from "@/lib/ids";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import { decodePage } from "@/lib/net/decode-page";
import { safeFetch, type TSafeFetchOptions } from "@/lib/net/safe-fetch";
import { requireMember } from "@/lib/teams/require-member";
import { runCpuTask } from "@/lib/workers/run-cpu-task";
import { canonicalText } from "./canonical-text";
import { editArticleText, type TEditResult } from "./edit-article-text";
import type { TExtractedArticle, TExtractedMeta } from "./extract-article";
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, NO_ARTICLE_TEXT, type TImportUrl, type TReimportArticle } from "./schemas";
import { deleteUnusedCaptures } from "./delete-unused-captures";

export type TCaptureInfo = { id: string; requestedUrl: string; finalUrl: string; host: string; httpStatus: number; fetchedAt: string; sha256: string; bodyBytes: number };
export type TUrlImportPreview = { captureId: string; text: string; meta: TExtractedMeta; capture: TCaptureInfo };

// Tests pass their own resolver, timeouts and ports; the app passes nothing.
export type TFetchSettings = Omit<TSafeFetchOptions, "allow">;

// The same size limit as an upload (the page is then cut down to its article).
const FETCH_LIMIT = { maxBytes: MAX_UPLOAD_BYTES };

export const toCaptureInfo = (c: { id: string; requestedUrl: string; finalUrl: string; httpStatus: number; fetchedAt: Date; sha256: string; bodyBytes: number }): TCaptureInfo => ({
  id: c.id,
  requestedUrl: c.requestedUrl,
  finalUrl: c.finalUrl,
  host: new URL(c.finalUrl).host,
  httpStatus: c.httpStatus,
  fetchedAt: c.fetchedAt.toISOString(),
  sha256: c.sha256,
  bodyBytes: c.bodyBytes,
});

// Fetch, decode, extract, and keep the capture (unattached until saved).
async function fetchAndExtract(actor: { teamId: string; userId: string }, url: string, settings: TFetchSettings): Promise<TUrlImportPreview> {
  await consumeRateLimit(actor.userId, "fetch");
  const page = await safeFetch(url, { ...FETCH_LIMIT, ...settings, allow: urlImportTestAllow() });
  const { text: decoded } = decodePage(page.body, page.charset);
  let extracted: TExtractedArticle;
  if (page.contentType === "text/plain") {
    extracted = { text: canonicalText(decoded), meta: { title: null, author: null, outlet: null, publishedAt: null, url: page.finalUrl } };
    if (!extracted.text) throw invalid(NO_ARTICLE_TEXT, { url: NO_ARTICLE_TEXT });
  } else {
    extracted = await runCpuTask<TExtractedArticle>({ task: "extract", html: decoded, pageUrl: page.finalUrl });
  }
  if (extracted.text.length > MAX_TEXT_CHARS) throw new AppError("PAYLOAD_TOO_LARGE", `The article on that page is longer than ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters.`);
  await deleteUnusedCaptures();
  const capture = await db.articleCapture.create({
    data: {
      teamId: actor.teamId,
      createdById: actor.userId,
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      httpStatus: page.status,
      contentType: page.contentType,
      fetchedAt: page.fetchedAt,
      sha256: page.sha256,
      bodyBytes: page.body.length,
      bodyGzip: gzipSync(page.body),
    },
    select: { id: true, requestedUrl: true, finalUrl: true, httpStatus: true, fetchedAt: true, sha256: true, bodyBytes: true },
  });
  return { captureId: capture.id, text: extracted.text, meta: { ...extracted.meta, url: extracted.meta.url ?? page.finalUrl }, capture: toCaptureInfo(capture) };
}

export async function previewUrlImport(session: TSession | null, input: TImportUrl, settings: TFetchSettings = {}): Promise<TUrlImportPreview> {
  const actor = await requireMember(session, "article.create");
  return fetchAndExtract(actor, input.url, settings);
}

// A new version of the article from the address it was captured from (or its URL).
export async function reimportArticle(session: TSession | null, input: TReimportArticle, settings: TFetchSettings = {}): Promise<TEditResult & { capture: TCaptureInfo }> {
  const actor = await requireMember(session, "article.editText");
  const article = await db.article.findFirst({
    where: { id: input.articleId, teamId: actor.teamId },
    select: { url: true, captures: { where: { articleId: { not: null } }, orderBy: { fetchedAt: "desc" }, take: 1, select: { requestedUrl: true } } },
  });
  if (!article) throw notFound("That article");
  const from = article.captures[0]?.requestedUrl ?? article.url;
  if (!from) throw invalid("This article has no web address to import from.");
  const preview = await fetchAndExtract(actor, from, settings);
  const result = await editArticleText(session, { articleId: input.articleId, text: preview.text, baseVersion: input.baseVersion }, { sourceFormat: "url", captureId: preview.captureId });
  return { ...result, capture: preview.capture };
}

// The newest capture kept for an article (shown as "Captured <date> from <host>").
export async function getLatestCapture(session: TSession | null, articleId: string): Promise<TCaptureInfo | null> {
  const actor = await requireMember(session, "article.read");
  if (!isId(articleId)) throw notFound("That article");
  const c = await db.articleCapture.findFirst({
    where: { articleId, teamId: actor.teamId },
    orderBy: { fetchedAt: "desc" },
    select: { id: true, requestedUrl: true, finalUrl: true, httpStatus: true, fetchedAt: true, sha256: true, bodyBytes: true },
  });
  return c ? toCaptureInfo(c) : null;
}

// The page as it was fetched, for download.
export async function getCaptureBody(session: TSession | null, articleId: string, captureId: string): Promise<{ body: Buffer; fileName: string; sha256: string }> {
  const actor = await requireMember(session, "article.read");
  if (!isId(articleId) || !isId(captureId)) throw notFound("That capture");
  const c = await db.articleCapture.findFirst({ where: { id: captureId, articleId, teamId: actor.teamId }, select: { finalUrl: true, fetchedAt: true, sha256: true, bodyGzip: true } });
  if (!c) throw notFound("That capture");
  const host = new URL(c.finalUrl).host.replace(/[^a-z0-9.-]/gi, "_");
  return { body: gunzipSync(c.bodyGzip), fileName: `${host}-${c.fetchedAt.toISOString().replace(/[:.]/g, "-")}.html`, sha256: c.sha256 };
}
