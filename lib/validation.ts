import type { z } from "zod";
import { invalid } from "@/lib/errors";

// PostgreSQL text cannot hold NUL characters and its JSON cannot hold lone surrogate
// halves; neither means anything in an article or a note, so every string is made
// well-formed (NULs dropped, lone surrogates replaced by U+FFFD) before validation.
function stripNul(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value).toWellFormed();
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => stripNul(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripNul(v, depth + 1)]));
}

// Validates at the edge of an action or route: the first problem becomes the message,
// every field's problems go along for the form.
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(stripNul(input));
  if (!r.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of r.error.issues) {
      const key = issue.path.join(".") || "_";
      fieldErrors[key] ??= issue.message;
    }
    throw invalid(r.error.issues[0]?.message ?? "Check the form and try again.", fieldErrors);
  }
  return r.data;
}
