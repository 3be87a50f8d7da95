// An uploaded file (the intake form or the JSON API) turned into article text: its kind
// by name or type, then parsed in a worker thread with a time and memory limit.
import "server-only";
import type { TSession } from "@/lib/auth";
import { AppError, invalid } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import { runCpuTask } from "@/lib/workers/run-cpu-task";
import { kindOfFile, type TImportKind } from "./import-text";
import { MAX_UPLOAD_BYTES } from "./schemas";

const KINDS = "Upload a .txt, .md or .html file.";

// Only a member who may add articles gets a file parsed at all.
export async function importUpload(session: TSession | null, file: { name: string; type: string; content: string; bytes: number }): Promise<{ text: string; sourceFormat: TImportKind }> {
  await requireMember(session, "article.create");
  if (file.bytes > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "That file is larger than 2 MB.");
  const kind = kindOfFile(file.name, file.type);
  if (!kind) throw invalid(KINDS, { file: KINDS });
  return { text: await runCpuTask<string>({ task: "import", kind, raw: file.content }), sourceFormat: kind };
}
