// Runs a task against DATABASE_URL, or against the embedded PostgreSQL when it is unset.
import { startEmbeddedPostgres } from "./embedded-postgres";

export async function withDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return task(configured);
  const embedded = await startEmbeddedPostgres();
  try {
    return await task(embedded.url);
  } finally {
    await embedded.stop();
  }
}
