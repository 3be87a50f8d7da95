import { ZApiEvidence } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { getSession } from "@/lib/auth";
import { addEvidence } from "@/lib/claims/evidence-and-comments";
import { ZAddEvidence } from "@/lib/claims/schemas";
import { parseInput } from "@/lib/validation";

// POST {url, note?}: a link is stored in its WHATWG form; a bad one is a 400 whose
// details name the field ({"url": "…"}).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(ZApiEvidence, async () => {
    const { id } = await params;
    const body = await readJson(request);
    return addEvidence(await getSession(), parseInput(ZAddEvidence, { ...(typeof body === "object" && body ? body : {}), claimId: id }));
  }, 201);
}
