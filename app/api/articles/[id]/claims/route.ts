import { handle, readJson } from "@/lib/api-handler";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { getSession } from "@/lib/auth";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { parseInput } from "@/lib/validation";

type TCtx = { params: Promise<{ id: string }> };

// JSON API for integrations and load tests; the same data functions as the workbench.
export async function GET(_request: Request, { params }: TCtx) {
  return handle(async () => {
    const { id } = await params;
    const data = await getArticleForReview(await getSession(), id);
    return { article: { ...data.article, version: { id: data.article.version.id, number: data.article.version.number, text: data.article.version.text } }, claims: data.claims };
  });
}

export async function POST(request: Request, { params }: TCtx) {
  return handle(async () => {
    const { id } = await params;
    const body = await readJson(request);
    const input = parseInput(ZCreateClaim, { ...(typeof body === "object" && body ? body : {}), articleId: id });
    return createClaim(await getSession(), input);
  }, 201);
}
