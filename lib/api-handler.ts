// The edge of the JSON API: bounded body size, JSON parsing, and every error turned
// into a status code and a plain message (never a stack).
import "server-only";
import type { z } from "zod";
import { AppError, errorResponse, invalid } from "@/lib/errors";

const MAX_BODY_BYTES = 256 * 1024;

export async function readJson(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.");
  const text = await request.text();
  if (text.length > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}

// The answer is parsed through the route's contract (lib/api/contracts.ts): what a data
// function returns beyond it is dropped, and a field it lacks is a server error that the
// contract tests catch, never a silently different API.
export async function handle<T>(contract: z.ZodType<T>, run: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    const answer = contract.safeParse(await run());
    // Not the client's fault: reported as a server error (logged, no details sent).
    if (!answer.success) throw new Error(`The answer broke its API contract: ${answer.error.message}`);
    return Response.json(answer.data, { status, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
