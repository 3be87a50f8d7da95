// Runs a task against DATABASE_URL, or against the embedded PostgreSQL when it is unset.
import pg from "pg";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "./embedded-postgres";

/** Whether a PostgreSQL answers at `url` within two seconds. */
export async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function withDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return task(configured);
  // The app is running on the embedded server: use it (starting a second one on the
  // same data would stop the app's).
  const running = runningEmbeddedUrl();
  if (running) return task(running);
  const embedded = await startEmbeddedPostgres();
  try {
    return await task(embedded.url);
  } finally {
    await embedded.stop();
  }
}
