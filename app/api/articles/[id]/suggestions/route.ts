import { ZApiSuggestions } from "@/lib/api/contracts";
import { handle } from "@/lib/api-handler";
import { getSession } from "@/lib/auth";
import { ZArticleRef } from "@/lib/claims/schemas";
import { getSuggestions } from "@/lib/claims/suggestions";
import { parseInput } from "@/lib/validation";

// GET: the attribution assistant's suggestions for the article's current version (as
// "Suggest claims" shows them), run in a worker thread and rate-limited per user.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(ZApiSuggestions, async () => {
    const { id } = await params;
    return getSuggestions(await getSession(), parseInput(ZArticleRef, { articleId: id }).articleId);
  });
}
