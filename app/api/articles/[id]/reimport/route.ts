import { ZApiReimport } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { reimportArticle } from "@/lib/articles/import-url";
import { ZReimportArticle } from "@/lib/articles/schemas";
import { getSession } from "@/lib/auth";
import { parseInput } from "@/lib/validation";

// POST {baseVersion}: a new version from the page the article was imported from.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(ZApiReimport, async () => {
    const body = (await readJson(request)) as Record<string, unknown> | null;
    return reimportArticle(await getSession(), parseInput(ZReimportArticle, { ...(body && typeof body === "object" ? body : {}), articleId: id }));
  });
}
