// Runs the production build against a given database, for the bench: Next.js in this
// process (so killing its process group stops everything) on 127.0.0.1.
// Args: <databaseUrl> <port>
import { createServer } from "node:http";

async function main() {
  const [url, port] = process.argv.slice(2) as [string, string];
  Object.assign(process.env, {
    NODE_ENV: "production",
    DATABASE_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0001",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const { default: next } = await import("next");
  const app = next({ dev: false, port: Number(port), hostname: "127.0.0.1" });
  await app.prepare();
  const handle = app.getRequestHandler();
  createServer((req, res) => void handle(req, res)).listen(Number(port), "127.0.0.1");
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(`bench app server could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
