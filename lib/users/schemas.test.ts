import { describe, expect, it } from "vitest";
import { ZAcceptInviteNewUser, ZCreateInvite, ZInviteToken, ZRole, ZSetMemberRole } from "@/lib/teams/schemas";
import { ZEmail, ZPassword, ZSignIn } from "./schemas";

describe("user and team schemas", () => {
  it("normalises e-mail addresses", () => {
    expect(ZEmail.parse("  Ada@Example.ORG ")).toBe("ada@example.org");
    expect(ZEmail.safeParse("not-an-address").success).toBe(false);
  });
  it.each([
    ["short", false],
    ["password1234", false],
    ["Password1234", false],
    ["a-long-enough-passphrase", true],
    ["x".repeat(257), false],
  ])("password %s → %s", (p, valid) => {
    expect(ZPassword.safeParse(p).success).toBe(valid);
  });
  it("sign-in applies no policy but needs both fields", () => {
    expect(ZSignIn.safeParse({ email: "a@b.co", password: "x" }).success).toBe(true);
    expect(ZSignIn.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });
  it("roles, invites and tokens", () => {
    expect(ZRole.safeParse("owner").success).toBe(false);
    expect(ZCreateInvite.parse({ email: "X@Y.ZZ", role: "viewer" })).toEqual({ email: "x@y.zz", role: "viewer" });
    expect(ZSetMemberRole.safeParse({ membershipId: "x", role: "admin" }).success).toBe(false);
    expect(ZInviteToken.safeParse("a".repeat(43)).success).toBe(true);
    expect(ZInviteToken.safeParse("../../etc/passwd").success).toBe(false);
    expect(ZAcceptInviteNewUser.safeParse({ token: "a".repeat(43), name: "", password: "a-long-enough-passphrase" }).success).toBe(false);
  });
});
