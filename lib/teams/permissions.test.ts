// The permissions table is the one place role rules live: every entry is checked by
// some data function, and no data function checks a role of its own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../../tests/support/source-files";
import { can, canWithdrawClaim, PERMISSIONS, type TPermission } from "./permissions";

describe("the permissions table", () => {
  const code = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")].map((p) => [p, readFileSync(p, "utf8")] as const);

  it("every permission is required by some data function or read by the UI", () => {
    const used = new Set<string>();
    for (const [, text] of code) {
      for (const m of text.matchAll(/(?:requireMember\([^,)]+,\s*|can\([^,)]+,\s*)"([a-z]+\.[A-Za-z]+)"/g)) used.add(m[1]!);
      // requireMember(session) with no permission asks for the default, team.read.
      if (/requireMember\([^,()]+(?:\(\))?\)/.test(text)) used.add("team.read");
    }
    expect(Object.keys(PERMISSIONS).filter((p) => !used.has(p) && !["claim.withdrawOwn", "claim.withdrawAny"].includes(p))).toEqual([]);
    for (const p of used) expect(Object.keys(PERMISSIONS), p).toContain(p);
  });

  it("no code compares a role to a role name outside the table (the seed and membership rules aside)", () => {
    const offenders = code
      .filter(([p]) => !/lib\/teams\/(permissions|change-membership|require-member)\.ts$|lib\/seed\//.test(p))
      .flatMap(([p, text]) => [...text.matchAll(/\brole\s*[!=]==\s*"(viewer|reviewer|editor|admin)"/g)].map((m) => `${p}: ${m[0]}`));
    expect(offenders).toEqual([]);
  });

  it.each([
    ["viewer", "team.read", true],
    ["viewer", "claim.edit", false],
    ["reviewer", "claim.create", true],
    ["reviewer", "claim.approve", false],
    ["editor", "claim.approve", true],
    ["editor", "team.manage", false],
    ["admin", "claim.delete", true],
  ] as const)("%s may %s: %s", (role, permission: TPermission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("a reviewer withdraws only their own claim, and not once it is approved; an editor any", () => {
    const mine = { createdById: "u1", status: "decided" };
    expect(canWithdrawClaim({ role: "reviewer", userId: "u1" }, mine)).toBe(true);
    expect(canWithdrawClaim({ role: "reviewer", userId: "u2" }, mine)).toBe(false);
    expect(canWithdrawClaim({ role: "reviewer", userId: "u1" }, { ...mine, status: "approved" })).toBe(false);
    expect(canWithdrawClaim({ role: "editor", userId: "u2" }, { ...mine, status: "approved" })).toBe(true);
    expect(canWithdrawClaim({ role: "viewer", userId: "u1" }, mine)).toBe(false);
  });
});
