import { exportResponse } from "@/lib/exports/export-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  const includeAll = new URL(request.url).searchParams.get("all") === "1";
  return exportResponse(format, () => ({ scope: { articleId: id }, includeAll, label: `article-${id.slice(0, 8)}` }));
}
