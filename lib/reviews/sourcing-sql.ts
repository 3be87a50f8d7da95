// The dashboard's per-type SQL, written from the one list of sourcing types: article_stats
// has a column per type, named as the enum value (the stats migration keeps them in step,
// and tests/integration/article-stats.test.ts checks there is one per type), so adding a
// type never means editing these queries.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SOURCING_TYPES } from "@/lib/claims/sourcing-types";

export const column = (type: string) => {
  // Enum values are lower-case identifiers; anything else must never reach SQL text.
  if (!/^[a-z][a-z_]*$/.test(type)) throw new Error(`Not a sourcing type column: ${type}`);
  return Prisma.raw(`"${type}"`);
};

// `coalesce(s."anonymous", 0) AS "anonymous", …` for the stats CTE.
export const sourcingColumns = (alias: string) =>
  Prisma.join(SOURCING_TYPES.map((t) => Prisma.sql`coalesce(${Prisma.raw(alias)}.${column(t)}, 0) AS ${column(t)}`), ", ");

// `sum("anonymous") AS "anonymous", …` over the filtered articles.
export const sourcingSums = () => Prisma.join(SOURCING_TYPES.map((t) => Prisma.sql`sum(${column(t)}) AS ${column(t)}`), ", ");

// `('anonymous', bm."anonymous"), …`: the sums above as (type, n) rows.
export const sourcingValues = (alias: string) =>
  Prisma.join(SOURCING_TYPES.map((t) => Prisma.sql`(${t}::text, ${Prisma.raw(alias)}.${column(t)})`), ", ");
