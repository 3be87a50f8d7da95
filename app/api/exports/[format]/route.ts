import { exportResponse } from "@/lib/exports/export-response";
import { filterFromSearchParams } from "@/lib/reviews/schemas";

// Export of the dashboard's current filter (the same URL parameters as the dashboard).
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  const url = new URL(request.url);
  const filter = filterFromSearchParams(Object.fromEntries(url.searchParams));
  return exportResponse(format, () => ({ scope: { filter }, includeAll: url.searchParams.get("all") === "1", label: "dashboard" }));
}
