// The one Prisma client of the process, on the pg driver adapter (no native engine).
// Kept on globalThis so dev-server reloads do not open a new pool each time.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { APP_CONNECTION_OPTIONS } from "@/lib/db-options";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { sourcebenchDb?: PrismaClient; sourcebenchPool?: pg.Pool };

function createClient(): PrismaClient {
  const pool = new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: env().DATABASE_POOL_SIZE,
    // Fail fast when PostgreSQL is down instead of queueing requests forever.
    connectionTimeoutMillis: 3_000,
    options: APP_CONNECTION_OPTIONS,
  });
  globalForDb.sourcebenchPool = pool;
  // A transaction waits for a pooled connection as long as a statement may run (10 s),
  // not Prisma's 2 s: on a busy instance a write should queue, not fail; the statement,
  // lock and idle-transaction timeouts still bound what it then holds.
  return new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
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

// The same pool, for the few reads that stream very many rows (exports): plain rows
// straight from the driver, without building a Prisma result object per row.
export function pgPool(): pg.Pool {
  client();
  return globalForDb.sourcebenchPool!;
}

export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Claim writers of one team take turns on a transaction-scoped lock (the rollups'
// team_verdict_counts migration). Every transaction that writes claims takes it first,
// before it locks any claim or article row: the rollup trigger takes it after the
// claim rows a statement changed, and an article edit holds the article and then
// updates every claim, so a writer that locked a claim row before the team could wait
// in a cycle with either. It also makes a duplicate check and the next claim number
// safe from a simultaneous create.
export async function lockTeamForClaimWrites(tx: TTx, teamId: string): Promise<void> {
  await tx.$executeRaw`SELECT sb_lock_teams(ARRAY[${teamId}::uuid])`;
}
