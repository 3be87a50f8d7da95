// Fresh rows for one cell of the authorization matrix: team A with an article, a
// decided claim, evidence, an invite and a finished export; team B (foreign) exists
// alongside. Every cell gets its own, so a mutating call cannot spoil the next one.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashInviteToken } from "@/lib/teams/invite-token";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

export type TCell = {
  a: TSeededTeam;
  b: TSeededTeam;
  articleId: string;
  versionId: string;
  claimId: string;
  claimVersion: number;
  // A claim team A's reviewer made and withdrew, and an archived article.
  withdrawnClaimId: string;
  withdrawnClaimVersion: number;
  archivedArticleId: string;
  evidenceId: string;
  viewerMembershipId: string;
  inviteToken: string;
  inviteId: string;
  jobId: string;
  secretTitle: string;
};

export async function makeCell(): Promise<TCell> {
  const [a, b] = await Promise.all([seedTeam("a"), seedTeam("b")]);
  const secretTitle = `Secret story ${randomBytes(4).toString("hex")}`;
  const article = await seedArticle(a.teamId, "The minister said the plan works. Critics said it fails.", secretTitle);
  const versionId = article.versions[0]!.id;
  const rating = await db.ratingLevel.findFirstOrThrow({ where: { teamId: a.teamId, label: "Accurate" }, select: { id: true } });
  const claim = await db.claim.create({
    data: {
      teamId: a.teamId, articleId: article.id, versionId, exact: "The minister said the plan works.", start: 0, end: 33, ratingId: rating.id, status: "decided",
      decidedById: a.users.reviewer.id, decidedAt: new Date(), createdById: a.users.reviewer.id,
    },
    select: { id: true, version: true },
  });
  const withdrawn = await db.claim.create({
    data: {
      teamId: a.teamId, articleId: article.id, versionId, exact: "Critics said it fails.", start: 34, end: 56, createdById: a.users.reviewer.id,
      withdrawnAt: new Date(), withdrawnById: a.users.reviewer.id, withdrawReason: "duplicate",
    },
    select: { id: true, version: true },
  });
  const archived = await seedArticle(a.teamId, "An archived story.", `${secretTitle} (archived)`);
  await db.$executeRaw`SELECT sb_set_article_archived(${archived.id}::uuid, now())`;
  const evidence = await db.evidence.create({ data: { teamId: a.teamId, articleId: article.id, claimId: claim.id, url: "https://example.org/e" }, select: { id: true } });
  const viewer = await db.membership.findFirstOrThrow({ where: { teamId: a.teamId, userId: a.users.viewer.id }, select: { id: true } });
  const inviteToken = randomBytes(32).toString("base64url");
  const invite = await db.invite.create({
    data: {
      teamId: a.teamId, email: `invitee-${randomBytes(4).toString("hex")}@test.sourcebench.test`, role: "viewer", tokenHash: hashInviteToken(inviteToken),
      expiresAt: new Date(Date.now() + 3600_000), createdById: a.users.admin.id,
    },
    select: { id: true },
  });
  const job = await db.exportJob.create({
    data: { teamId: a.teamId, requestedById: a.users.viewer.id, format: "csv", filter: {}, status: "done", fileName: "x.csv", chunks: { create: { seq: 0, data: Buffer.from(secretTitle) } } },
    select: { id: true },
  });
  return {
    a, b, articleId: article.id, versionId, claimId: claim.id, claimVersion: claim.version,
    withdrawnClaimId: withdrawn.id, withdrawnClaimVersion: withdrawn.version, archivedArticleId: archived.id, evidenceId: evidence.id, viewerMembershipId: viewer.id, inviteToken, inviteId: invite.id, jobId: job.id, secretTitle };
}
