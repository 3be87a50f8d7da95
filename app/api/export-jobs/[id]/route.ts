import { getSession } from "@/lib/auth";
import { errorResponse } from "@/lib/errors";
import { getExportJob } from "@/lib/exports/export-jobs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    return Response.json(await getExportJob(await getSession(), id), { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
