import { ZApiClaim } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { getSession } from "@/lib/auth";
import { ZUpdateClaim } from "@/lib/claims/schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import { parseInput } from "@/lib/validation";

// PATCH { baseVersion, patch }: optimistic locking as in the workbench (409 when stale).
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(ZApiClaim, async () => {
    const { id } = await params;
    const body = await readJson(request);
    const input = parseInput(ZUpdateClaim, { ...(typeof body === "object" && body ? body : {}), claimId: id });
    return updateClaim(await getSession(), input);
  });
}
