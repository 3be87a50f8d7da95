import type { z } from "zod";
import { invalid } from "@/lib/errors";

// Validates at the edge of an action or route: the first problem becomes the message,
// every field's problems go along for the form.
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
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
