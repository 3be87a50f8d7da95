import { describe, expect, it } from "vitest";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptInviteAsNewUser, acceptInviteAsUser, getInvitePreview } from "@/lib/teams/accept-invite";
import { removeMember, setMemberRole } from "@/lib/teams/change-membership";
import { createInvite } from "@/lib/teams/create-invite";
import { getTeamMembers } from "@/lib/teams/get-team-members";
import { revokeInvite } from "@/lib/teams/revoke-invite";
import { requireMember } from "@/lib/teams/require-member";
import { seedArticle, seedTeam } from "../support/factory";

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
};
const tokenOf = (path: string) => path.split("/").pop()!;

describe("membership and roles", () => {
  it("refuses the signed-out and those below the role", async () => {
    const t = await seedTeam();
    expect(await code(requireMember(null))).toBe("UNAUTHENTICATED");
    expect(await code(getTeamMembers(t.users.editor.session))).toBe("FORBIDDEN");
    expect(await code(getTeamMembers(t.users.admin.session))).toBe("OK");
  });

  it("never shows another team's article: not found, not forbidden", async () => {
    const a = await seedTeam("a");
    const b = await seedTeam("b");
    const article = await seedArticle(b.teamId, "Team B's confidential draft.");
    expect(await code(getArticleForReview(a.users.admin.session, article.id))).toBe("NOT_FOUND");
    // A forged team cookie naming team B does not help a member of team A.
    expect(await code(getArticleForReview({ ...a.users.admin.session, teamId: b.teamId }, article.id))).toBe("NOT_FOUND");
    expect((await getArticleForReview(b.users.viewer.session, article.id)).article.version.text).toContain("confidential");
  });

  it("a removed member loses access on the next call", async () => {
    const t = await seedTeam();
    const article = await seedArticle(t.teamId, "Some text.");
    const members = await getTeamMembers(t.users.admin.session);
    const reviewer = members.members.find((m) => m.userId === t.users.reviewer.id)!;
    expect(await code(getArticleForReview(t.users.reviewer.session, article.id))).toBe("OK");
    await removeMember(t.users.admin.session, { membershipId: reviewer.membershipId });
    expect(await code(getArticleForReview(t.users.reviewer.session, article.id))).toBe("FORBIDDEN");
  });

  it("a role change takes effect at once", async () => {
    const t = await seedTeam();
    const editor = (await getTeamMembers(t.users.admin.session)).members.find((m) => m.userId === t.users.editor.id)!;
    await setMemberRole(t.users.admin.session, { membershipId: editor.membershipId, role: "admin" });
    expect(await code(getTeamMembers(t.users.editor.session))).toBe("OK");
    const audit = await db.auditEvent.findFirst({ where: { teamId: t.teamId, action: "member.role_changed" }, select: { oldValue: true, newValue: true } });
    expect(audit).toMatchObject({ oldValue: { role: "editor" }, newValue: { role: "admin" } });
  });

  it("never removes or demotes the last admin", async () => {
    const t = await seedTeam();
    const admin = (await getTeamMembers(t.users.admin.session)).members.find((m) => m.userId === t.users.admin.id)!;
    expect(await code(removeMember(t.users.admin.session, { membershipId: admin.membershipId }))).toBe("CONFLICT");
    expect(await code(setMemberRole(t.users.admin.session, { membershipId: admin.membershipId, role: "viewer" }))).toBe("CONFLICT");
    expect(await db.membership.count({ where: { teamId: t.teamId, role: "admin" } })).toBe(1);
  });

  it("an admin cannot touch a membership of another team", async () => {
    const a = await seedTeam("a");
    const b = await seedTeam("b");
    const bViewer = (await getTeamMembers(b.users.admin.session)).members.find((m) => m.userId === b.users.viewer.id)!;
    expect(await code(removeMember(a.users.admin.session, { membershipId: bViewer.membershipId }))).toBe("NOT_FOUND");
    expect(await db.membership.count({ where: { id: bViewer.membershipId } })).toBe(1);
  });
});

describe("invites", () => {
  it("creates an account from a one-time link and joins the team with the invited role", async () => {
    const t = await seedTeam();
    const email = `new-${Date.now()}@test.sourcebench.test`;
    const invite = await createInvite(t.users.admin.session, { email, role: "reviewer" });
    const token = tokenOf(invite.path);
    // The preview says nothing about whether the address has an account.
    expect(await getInvitePreview(token)).toEqual({ teamName: expect.any(String), email, role: "reviewer" });
    const stored = await db.invite.findUniqueOrThrow({ where: { id: invite.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token);

    await acceptInviteAsNewUser({ token, name: "New Person", password: "a-long-enough-password" });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { memberships: { select: { teamId: true, role: true } } } });
    expect(user.memberships).toEqual([{ teamId: t.teamId, role: "reviewer" }]);
    // One time only.
    expect(await code(acceptInviteAsNewUser({ token, name: "Again", password: "a-long-enough-password" }))).toBe("NOT_FOUND");
  });

  it("refuses an expired link and a link for another address", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    const expired = await createInvite(t.users.admin.session, { email: other.users.viewer.email, role: "viewer" });
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await code(acceptInviteAsUser(other.users.viewer.session, tokenOf(expired.path)))).toBe("NOT_FOUND");

    const wrong = await createInvite(t.users.admin.session, { email: "someone-else@test.sourcebench.test", role: "viewer" });
    expect(await code(acceptInviteAsUser(other.users.viewer.session, tokenOf(wrong.path)))).toBe("FORBIDDEN");
    expect(await db.membership.count({ where: { userId: other.users.viewer.id, teamId: t.teamId } })).toBe(0);
  });

  it("only admins invite", async () => {
    const t = await seedTeam();
    expect(await code(createInvite(t.users.editor.session, { email: "x@test.sourcebench.test", role: "admin" }))).toBe("FORBIDDEN");
  });

  it("an admin revokes a pending link; it can no longer be previewed or used", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    const email = `revoked-${Date.now()}@test.sourcebench.test`;
    const invite = await createInvite(t.users.admin.session, { email, role: "editor" });
    expect(await code(revokeInvite(t.users.editor.session, { inviteId: invite.id }))).toBe("FORBIDDEN");
    expect(await code(revokeInvite(other.users.admin.session, { inviteId: invite.id }))).toBe("NOT_FOUND");
    await revokeInvite(t.users.admin.session, { inviteId: invite.id });
    expect((await getTeamMembers(t.users.admin.session)).invites).toEqual([]);
    expect(await code(getInvitePreview(tokenOf(invite.path)))).toBe("NOT_FOUND");
    expect(await code(acceptInviteAsNewUser({ token: tokenOf(invite.path), name: "Late", password: "a-long-enough-password" }))).toBe("NOT_FOUND");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a removed admin cannot get back in through a link they sent, nor a demoted one's link be used", async () => {
    const t = await seedTeam();
    const second = (await db.user.create({ data: { email: `admin2-${Date.now()}@test.sourcebench.test`, name: "Second admin" }, select: { id: true } })).id;
    const secondMembership = await db.membership.create({ data: { userId: second, teamId: t.teamId, role: "admin" }, select: { id: true } });
    const session = { userId: second, teamId: t.teamId };
    const back = await createInvite(session, { email: `backdoor-${Date.now()}@test.sourcebench.test`, role: "admin" });
    const sessionVersion = async () => (await db.user.findUniqueOrThrow({ where: { id: second }, select: { sessionVersion: true } })).sessionVersion;
    const before = await sessionVersion();
    await removeMember(t.users.admin.session, { membershipId: secondMembership.id });
    expect(await sessionVersion()).toBe(before + 1);
    expect(await code(acceptInviteAsNewUser({ token: tokenOf(back.path), name: "Backdoor", password: "a-long-enough-password" }))).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { teamId: t.teamId, action: "invite.voided" } })).toBe(1);

    // Demoted: the links they sent as an admin go too.
    const demoted = await createInvite(t.users.admin.session, { email: `x-${Date.now()}@test.sourcebench.test`, role: "viewer" });
    const third = await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.users.editor.id }, select: { id: true } });
    await setMemberRole(t.users.admin.session, { membershipId: third.id, role: "admin" });
    const byThird = await createInvite(t.users.editor.session, { email: `y-${Date.now()}@test.sourcebench.test`, role: "admin" });
    await setMemberRole(t.users.admin.session, { membershipId: third.id, role: "editor" });
    expect(await code(getInvitePreview(tokenOf(byThird.path)))).toBe("NOT_FOUND");
    // Other admins' links are untouched.
    expect(await getInvitePreview(tokenOf(demoted.path))).toMatchObject({ role: "viewer" });
  });

  it("a link whose creator is no longer an admin (even without the voiding step) is refused", async () => {
    const t = await seedTeam();
    const invite = await createInvite(t.users.admin.session, { email: `z-${Date.now()}@test.sourcebench.test`, role: "viewer" });
    await db.membership.updateMany({ where: { teamId: t.teamId, userId: t.users.admin.id }, data: { role: "reviewer" } });
    expect(await code(getInvitePreview(tokenOf(invite.path)))).toBe("NOT_FOUND");
    expect(await code(acceptInviteAsNewUser({ token: tokenOf(invite.path), name: "N", password: "a-long-enough-password" }))).toBe("NOT_FOUND");
  });
});

describe("starting a team", () => {
  it("anyone signed in may by default; with TEAM_CREATION=instance_admins only the listed addresses", async () => {
    const { createTeam, mayCreateTeams } = await import("@/lib/teams/create-team");
    const t = await seedTeam();
    const mine = await createTeam(t.users.viewer.session, { name: "Night desk" });
    expect(await db.membership.findFirst({ where: { teamId: mine.id }, select: { role: true, userId: true } })).toEqual({ role: "admin", userId: t.users.viewer.id });

    const { vi } = await import("vitest");
    vi.resetModules();
    process.env.TEAM_CREATION = "instance_admins";
    process.env.INSTANCE_ADMINS = ` ${t.users.admin.email.toUpperCase()} , someone@else.test`;
    try {
      const fresh = await import("@/lib/teams/create-team");
      expect(await fresh.mayCreateTeams(t.users.viewer.session)).toBe(false);
      // Fresh modules: their AppError is another class, so compare the code alone.
      const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code);
      expect(await codeOf(fresh.createTeam(t.users.viewer.session, { name: "Not allowed" }))).toBe("FORBIDDEN");
      expect(await fresh.mayCreateTeams(t.users.admin.session)).toBe(true);
      expect(await codeOf(fresh.createTeam(t.users.admin.session, { name: "Allowed" }))).toBe("OK");
    } finally {
      delete process.env.TEAM_CREATION;
      delete process.env.INSTANCE_ADMINS;
      vi.resetModules();
    }
    expect(await mayCreateTeams(null)).toBe(false);
  });
});
