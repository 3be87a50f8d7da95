import { ZApiUrlImport } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { previewUrlImport } from "@/lib/articles/import-url";
import { ZImportUrl } from "@/lib/articles/schemas";
import { getSession } from "@/lib/auth";
import { parseInput } from "@/lib/validation";

// POST {url}: the page's article text and metadata, fetched through the SSRF guard, to
// check before saving with POST /api/articles {…, captureId}.
export async function POST(request: Request) {
  return handle(ZApiUrlImport, async () => previewUrlImport(await getSession(), parseInput(ZImportUrl, await readJson(request))));
}
