// Accepting a one-time invite link. The link is consumed with one conditional UPDATE
// (not yet accepted, not expired), so two tabs racing on the same link create one
// membership. A signed-in user must be the invited address; otherwise a new account
// is created for that address with the name and password given.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/users/password";
import { hashInviteToken } from "./invite-token";
import type { TRole } from "./schemas";

const INVALID = "This invite link is not valid any more: it was used, it expired, or it never existed. Ask an admin for a new one.";

// What the link's page shows. Nothing about other accounts (whether the address has
// one): the page offers both signing in and creating an account.
export type TInvitePreview = { teamName: string; email: string; role: TRole };

// A link is good while it is unused, unexpired, not revoked, and its creator is still
// an admin of the team (voiding on removal or demotion is done when it happens; this
// also covers a creator whose account is gone).
const LIVE = () => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });
async function creatorStillAdmin(tx: TTx | typeof db, invite: { teamId: string; createdById: string | null }) {
  if (!invite.createdById) return false;
  return (await tx.membership.count({ where: { teamId: invite.teamId, userId: invite.createdById, role: "admin" } })) === 1;
}

export async function getInvitePreview(token: string): Promise<TInvitePreview> {
  const invite = await db.invite.findFirst({
    where: { tokenHash: hashInviteToken(token), ...LIVE() },
    select: { email: true, role: true, teamId: true, createdById: true, team: { select: { name: true } } },
  });
  if (!invite || !(await creatorStillAdmin(db, invite))) throw new AppError("NOT_FOUND", INVALID);
  return { teamName: invite.team.name, email: invite.email, role: invite.role };
}

async function consume(tx: TTx, token: string) {
  const tokenHash = hashInviteToken(token);
  const { count } = await tx.invite.updateMany({ where: { tokenHash, ...LIVE() }, data: { acceptedAt: new Date() } });
  if (count !== 1) throw new AppError("NOT_FOUND", INVALID);
  const invite = await tx.invite.findUniqueOrThrow({ where: { tokenHash }, select: { teamId: true, email: true, role: true, createdById: true } });
  if (!(await creatorStillAdmin(tx, invite))) throw new AppError("NOT_FOUND", INVALID);
  return invite;
}

async function join(tx: TTx, invite: { teamId: string; role: TRole; email: string }, userId: string) {
  await tx.membership.upsert({
    where: { userId_teamId: { userId, teamId: invite.teamId } },
    update: {},
    create: { userId, teamId: invite.teamId, role: invite.role },
  });
  await tx.auditEvent.create({
    data: { teamId: invite.teamId, actorId: userId, action: "invite.accepted", newValue: { email: invite.email, role: invite.role } },
  });
  return { teamId: invite.teamId };
}

export async function acceptInviteAsUser(session: TSession | null, token: string): Promise<{ teamId: string }> {
  if (!session) throw new AppError("UNAUTHENTICATED", "Please sign in to accept this invite.");
  return db.$transaction(async (tx) => {
    const invite = await consume(tx, token);
    const user = await tx.user.findUniqueOrThrow({ where: { id: session.userId }, select: { email: true } });
    if (user.email !== invite.email) {
      throw new AppError("FORBIDDEN", `This invite is for ${invite.email}. Sign in with that address to accept it.`);
    }
    return join(tx, invite, session.userId);
  });
}

export async function acceptInviteAsNewUser(input: { token: string; name: string; password: string }): Promise<{ teamId: string; email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invite = await consume(tx, input.token);
    const existing = await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `An account for ${invite.email} already exists. Sign in, then open the invite link again.`);
    const user = await tx.user.create({ data: { email: invite.email, name: input.name, passwordHash }, select: { id: true } });
    const joined = await join(tx, invite, user.id);
    return { ...joined, email: invite.email };
  });
}
