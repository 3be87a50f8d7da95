// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (or to the embedded
// database under .data/ when DATABASE_URL is unset) without Prisma's native engine.
import { applyMigrations } from "../lib/migrate/migrations";
import { withDatabase } from "./lib/database";

withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
}).catch((err: unknown) => {
  console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
