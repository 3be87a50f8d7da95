// An uploaded file (the intake form or the JSON API) turned into article text: its kind
// by name or type, then parsed in a worker thread with a time and memory limit. HTML
// takes the reader-view path a fetched page takes (extract-article.ts), so a saved news
// page loses its furniture and gives its headline, byline, outlet and date; a .docx
// goes through mammoth (import-docx.ts).
import "server-only";
import type { TSession } from "@/lib/auth";
import { AppError, invalid } from "@/lib/errors";
import { decodePage } from "@/lib/net/decode-page";
import { requireMember } from "@/lib/teams/require-member";
import { runCpuTask } from "@/lib/workers/run-cpu-task";
import type { TExtractedArticle, TExtractedMeta } from "./extract-article";
import { kindOfFile, type TUploadKind } from "./import-text";
import { MAX_UPLOAD_BYTES } from "./schemas";

export const UPLOAD_KINDS_MESSAGE = "Upload a .txt, .md, .html or .docx file.";

export type TImportedUpload = { text: string; sourceFormat: TUploadKind; meta: TExtractedMeta | null };

// Only a member who may add articles gets a file parsed at all.
export async function importUpload(session: TSession | null, file: { name: string; type: string; data: Uint8Array }): Promise<TImportedUpload> {
  await requireMember(session, "article.create");
  if (file.data.byteLength > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "That file is larger than 2 MB.");
  const kind = kindOfFile(file.name, file.type);
  if (!kind) throw invalid(UPLOAD_KINDS_MESSAGE, { file: UPLOAD_KINDS_MESSAGE });
  if (kind === "docx") return { text: await runCpuTask<string>({ task: "docx", bytes: file.data }), sourceFormat: kind, meta: null };
  if (kind === "html") {
    // A saved page is in the charset its <meta> names, as a fetched one is.
    const { text, meta } = await runCpuTask<TExtractedArticle>({ task: "extract", html: decodePage(file.data, null).text });
    return { text, sourceFormat: kind, meta };
  }
  const raw = new TextDecoder("utf-8", { fatal: false }).decode(file.data);
  return { text: await runCpuTask<string>({ task: "import", kind, raw }), sourceFormat: kind, meta: null };
}
