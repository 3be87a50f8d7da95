import { db } from "@/lib/db";
import { errorResponse } from "@/lib/errors";

// For load balancers: 200 when this instance can reach PostgreSQL, 503 when it cannot.
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
