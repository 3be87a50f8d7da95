// The one Prisma client of the process, on the pg driver adapter (no native engine).
// Kept on globalThis so dev-server reloads do not open a new pool each time.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { sourcebenchDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    max: env().DATABASE_POOL_SIZE,
    // Fail fast when PostgreSQL is down instead of queueing requests forever.
    connectionTimeoutMillis: 3_000,
  });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  globalForDb.sourcebenchDb ??= createClient();
  return globalForDb.sourcebenchDb;
}

// Created on first use, not at import, so `next build` can load routes without a
// database or secrets configured.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(c) : value;
  },
});

export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
