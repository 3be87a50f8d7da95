import { getCaptureBody } from "@/lib/articles/import-url";
import { getSession } from "@/lib/auth";
import { errorResponse } from "@/lib/errors";

// The fetched page as a download. Never rendered on this origin: it is someone else's
// HTML (scripts included), so it goes out as an attachment of an opaque type, sandboxed.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; captureId: string }> }) {
  const { id, captureId } = await params;
  try {
    const { body, fileName, sha256 } = await getCaptureBody(await getSession(), id, captureId);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Content-SHA256": sha256,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
