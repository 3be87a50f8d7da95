import { env } from "./env";

export function checkConfigurationOrExit(): void {
  try {
    env();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

// Workers start in the background: a database that is down at start-up must not stop
// the web server, which answers "temporarily unavailable" until it is back.
export function startBackgroundWorkers(): void {
  void import("./jobs/start-workers")
    .then((m) => m.startWorkers())
    .catch((err: unknown) => console.error("[jobs] workers not started:", err instanceof Error ? err.message : err));
}
