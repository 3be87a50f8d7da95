import { ZApiExportJob } from "@/lib/api/contracts";
import { handle } from "@/lib/api-handler";
import { getSession } from "@/lib/auth";
import { getExportJob } from "@/lib/exports/export-jobs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(ZApiExportJob, async () => {
    const { id } = await params;
    return getExportJob(await getSession(), id);
  });
}
