import { z } from "zod";
import { ZApiClaim, ZApiClaimsPage } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { getSession } from "@/lib/auth";
import { createClaim } from "@/lib/claims/create-claim";
import { CLAIMS_PAGE, listArticleClaims } from "@/lib/claims/list-article-claims";
import { ZArticleRef, ZCreateClaim } from "@/lib/claims/schemas";
import { parseInput } from "@/lib/validation";

type TCtx = { params: Promise<{ id: string }> };

const ZPage = z.object({
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(CLAIMS_PAGE.max).optional(),
});

// JSON API for integrations and load tests; the same data functions as the workbench.
// GET ?after=<number>&limit=<n>: the article's current version and a page of its claims
// in the order of their numbers, withdrawn ones included (`withdrawn` says so).
export async function GET(request: Request, { params }: TCtx) {
  return handle(ZApiClaimsPage, async () => {
    const { id } = await params;
    const { articleId } = parseInput(ZArticleRef, { articleId: id });
    const q = new URL(request.url).searchParams;
    const page = parseInput(ZPage, { after: q.get("after") ?? undefined, limit: q.get("limit") ?? undefined });
    return listArticleClaims(await getSession(), articleId, page);
  });
}

export async function POST(request: Request, { params }: TCtx) {
  return handle(ZApiClaim, async () => {
    const { id } = await params;
    const body = await readJson(request);
    const input = parseInput(ZCreateClaim, { ...(typeof body === "object" && body ? body : {}), articleId: id });
    return createClaim(await getSession(), input);
  }, 201);
}
