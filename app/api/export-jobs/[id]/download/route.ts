import { getSession } from "@/lib/auth";
import { errorResponse } from "@/lib/errors";
import { openExportDownload } from "@/lib/exports/export-jobs";
import { attachment } from "@/lib/exports/export-response";
import { contentType } from "@/lib/exports/render";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const file = await openExportDownload(await getSession(), id);
    return new Response(file.body, {
      headers: { "Content-Type": contentType(file.format), "Content-Disposition": attachment(file.fileName), "Cache-Control": "no-store" },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
