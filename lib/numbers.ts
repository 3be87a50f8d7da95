import { z } from "zod";

// Offsets and versions are PostgreSQL integers: anything past int4 is refused here
// with a clear message instead of failing in the database.
export const MAX_INT = 2_147_483_647;
export const ZOffset = z.number().int("Use a whole number.").min(0, "Use 0 or more.").max(MAX_INT, "That number is too large.");
export const ZVersion = z.number().int("Use a whole number.").min(1, "Use 1 or more.").max(MAX_INT, "That number is too large.");
