// Prisma CLI configuration. The URL is only used by CLI commands that talk to a
// database; the app connects through the pg driver adapter in lib/db.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sourcebench" },
});
