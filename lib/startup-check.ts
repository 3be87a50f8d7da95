import { env } from "./env";

export function checkConfigurationOrExit(): void {
  try {
    env();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
