// A Prisma client for scripts that run outside Next.js (start, seed, bench).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export const scriptClient = (url: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
