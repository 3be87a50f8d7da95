import { AppError } from "@/lib/errors";

// The AppError a data function refused with; any other outcome fails the test.
export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected a failure");
}
