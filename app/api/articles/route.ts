import { handle, readJson } from "@/lib/api-handler";
import { createArticle } from "@/lib/articles/create-article";
import { MAX_UPLOAD_BYTES, ZCreateArticle } from "@/lib/articles/schemas";
import { getSession } from "@/lib/auth";
import { parseInput } from "@/lib/validation";

// POST {title, text, outlet?, author?, url?, publishedAt?}: the same intake as the form.
// The answer carries the text as stored (canonical), which claim offsets index into.
export async function POST(request: Request) {
  return handle(async () => {
    const input = parseInput(ZCreateArticle, await readJson(request, MAX_UPLOAD_BYTES));
    return createArticle(await getSession(), { ...input, sourceFormat: "paste" });
  }, 201);
}
