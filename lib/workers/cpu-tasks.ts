// The CPU-heavy work a request can ask for, run in worker threads (run-cpu-task.ts),
// never on the web server's own thread: a pathological upload or text then costs its
// requester a timeout, not every team a stalled server. Answers are plain data; a
// refusal travels as {code, message}, since a thrown AppError loses its class between
// threads.
import { extractArticle } from "@/lib/articles/extract-article";
import { docxToText } from "@/lib/articles/import-docx";
import { importText, type TImportKind } from "@/lib/articles/import-text";
import { analyse } from "@/lib/attribution";
import { AppError } from "@/lib/errors";

export type TCpuTask =
  | { task: "import"; kind: TImportKind; raw: string }
  // A web page's reader view and metadata (lib/articles/extract-article.ts).
  | { task: "extract"; html: string; pageUrl?: string }
  | { task: "docx"; bytes: Uint8Array }
  | { task: "analyse"; text: string };
export type TCpuAnswer<T = unknown> = { ok: true; value: T } | { ok: false; code: string; message: string; details?: unknown };

export default async function runTask(t: TCpuTask): Promise<TCpuAnswer> {
  try {
    if (t.task === "import") return { ok: true, value: importText(t.kind, t.raw) };
    if (t.task === "extract") return { ok: true, value: extractArticle(t.html, t.pageUrl) };
    if (t.task === "docx") return { ok: true, value: await docxToText(t.bytes) };
    return { ok: true, value: analyse(t.text) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message, details: err.details };
    throw err;
  }
}
