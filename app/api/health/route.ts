import { ZApiHealth } from "@/lib/api/contracts";
import { handle } from "@/lib/api-handler";
import { db } from "@/lib/db";

// For load balancers: 200 when this instance can reach PostgreSQL, 503 when it cannot.
export async function GET() {
  return handle(ZApiHealth, async () => {
    await db.$queryRaw`SELECT 1`;
    return { ok: true };
  });
}
