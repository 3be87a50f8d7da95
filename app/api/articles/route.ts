import { z } from "zod";
import { ZApiCreatedArticle } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { createArticle } from "@/lib/articles/create-article";
import { importUpload } from "@/lib/articles/import-upload";
import { MAX_UPLOAD_BYTES, ZCreateArticle } from "@/lib/articles/schemas";
import { getSession } from "@/lib/auth";
import { parseInput } from "@/lib/validation";

// An uploaded file instead of text: its name says its kind (.txt, .md, .html).
const ZFile = z.object({ name: z.string().max(255), type: z.string().max(100).default(""), content: z.string() });

// POST {title, text | file: {name, type?, content}, outlet?, author?, url?, publishedAt?}:
// the same intake as the form. The answer carries the text as stored (canonical), which
// claim offsets index into.
export async function POST(request: Request) {
  return handle(ZApiCreatedArticle, async () => {
    const body = (await readJson(request, 2 * MAX_UPLOAD_BYTES)) as Record<string, unknown> | null;
    const session = await getSession();
    let fields: Record<string, unknown> = { ...(body && typeof body === "object" ? body : {}), sourceFormat: "paste" };
    if (body && typeof body === "object" && "file" in body) {
      const file = parseInput(ZFile, body.file);
      const imported = await importUpload(session, { ...file, bytes: Buffer.byteLength(file.content) });
      fields = { ...fields, text: imported.text, sourceFormat: imported.sourceFormat };
    }
    return createArticle(session, parseInput(ZCreateArticle, fields));
  }, 201);
}
