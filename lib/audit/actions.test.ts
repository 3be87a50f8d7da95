import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./actions";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

describe("audit actions", () => {
  it("every action the code writes is in the list, and every listed action is written somewhere", () => {
    const written = new Set<string>();
    for (const file of [...sources("lib"), ...sources("app"), ...sources("scripts")]) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\baction: "([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!);
      for (const m of text.matchAll(/recordClaimEvents\([^)]*?"([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!);
      for (const m of text.matchAll(/\? "(claim\.[a-z_]+)" : "(claim\.[a-z_]+)"/g)) written.add(m[1]!).add(m[2]!);
    }
    expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect(AUDIT_ACTIONS.filter((a) => !written.has(a))).toEqual([]);
  });
});
