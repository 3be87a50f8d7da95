import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// The project's own TypeScript below `dir` (tests and generated code left out), for
// tests that check a rule holds across the source.
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}
