import { z } from "zod";
import { ZApiCreatedArticle } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { createArticle } from "@/lib/articles/create-article";
import { importUpload } from "@/lib/articles/import-upload";
import { MAX_UPLOAD_BYTES, ZCreateArticle } from "@/lib/articles/schemas";
import { getSession } from "@/lib/auth";
import { parseInput } from "@/lib/validation";

// An uploaded file instead of text: its name says its kind (.txt, .md, .html, .docx).
// A .docx (binary) comes base64-encoded.
const ZFile = z.object({ name: z.string().max(255), type: z.string().max(100).default(""), content: z.string(), encoding: z.enum(["utf-8", "base64"]).default("utf-8") });

// POST {title, text | file: {name, type?, content}, outlet?, author?, url?, publishedAt?}:
// the same intake as the form. The answer carries the text as stored (canonical), which
// claim offsets index into.
export async function POST(request: Request) {
  return handle(ZApiCreatedArticle, async () => {
    const body = (await readJson(request, 2 * MAX_UPLOAD_BYTES)) as Record<string, unknown> | null;
    const session = await getSession();
    // The source format is the server's to say: a capture makes it "url", a file its kind.
    let fields: Record<string, unknown> = { ...(body && typeof body === "object" ? body : {}), sourceFormat: "paste" };
    if (body && typeof body === "object" && "file" in body) {
      const file = parseInput(ZFile, body.file);
      const data = file.encoding === "base64" ? Buffer.from(file.content, "base64") : Buffer.from(file.content, "utf8");
      const imported = await importUpload(session, { name: file.name, type: file.type, data });
      const meta = Object.fromEntries(Object.entries(imported.meta ?? {}).filter(([k, v]) => v && !fields[k]));
      fields = { ...fields, ...meta, text: imported.text, sourceFormat: imported.sourceFormat };
    }
    return createArticle(session, parseInput(ZCreateArticle, fields));
  }, 201);
}
