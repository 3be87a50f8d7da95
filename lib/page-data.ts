// Turns a data function's AppError into what a page shows: sign-in, 404 or 403.
// Pages call their one data function through this so they stay free of error plumbing.
import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

export async function pageData<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError) {
      if (err.code === "UNAUTHENTICATED") redirect("/signin");
      if (err.code === "NOT_FOUND") notFound();
      if (err.code === "FORBIDDEN") forbidden();
    }
    throw err;
  }
}
