import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../../tests/support/source-files";
import { AUDIT_ACTIONS } from "./actions";

describe("audit actions", () => {
  it("every action the code writes is in the list, and every listed action is written somewhere", () => {
    const written = new Set<string>();
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("scripts")]) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\baction: "([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!);
      for (const m of text.matchAll(/recordClaimEvents\([^)]*?"([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!);
      for (const m of text.matchAll(/\? "([a-z_]+\.[a-z_]+)" : "([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!).add(m[2]!);
    }
    expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect(AUDIT_ACTIONS.filter((a) => !written.has(a))).toEqual([]);
  });
});
