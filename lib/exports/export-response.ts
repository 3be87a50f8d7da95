// The HTTP edge of an export request: small exports stream straight back as a file;
// large ones become a background job and the browser is sent to its progress page.
import "server-only";
import { getSession } from "@/lib/auth";
import { errorResponse, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { EXPORT_FORMAT_INFO, exportFormatsFor } from "./export-formats";
import { requestExport, type TExportRequest } from "./export-jobs";
import { contentType, exportFileName, renderExport } from "./render";
import { ZExportFormat } from "./schemas";

export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`;

export async function exportResponse(rawFormat: string, build: (format: TExportRequest["format"]) => Omit<TExportRequest, "format">): Promise<Response> {
  try {
    const format = parseInput(ZExportFormat, rawFormat);
    const req = { ...build(format), format };
    const scope = "articleId" in req.scope ? "article" : "dashboard";
    if (!exportFormatsFor(scope).includes(format)) throw invalid(`${EXPORT_FORMAT_INFO[format].label} is not offered for ${scope === "article" ? "an article" : "the dashboard"}.`);
    const decision = await requestExport(await getSession(), req);
    if (decision.mode === "job") {
      return new Response(null, { status: 303, headers: { Location: `/exports/${decision.jobId}` } });
    }
    const body = await renderExport(decision.header, format, { includeAll: req.includeAll });
    return new Response(body, {
      headers: {
        "Content-Type": contentType(format),
        "Content-Disposition": attachment(exportFileName(decision.header, format, req.label)),
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
