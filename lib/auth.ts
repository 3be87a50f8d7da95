// Sign-in (next-auth v4, JWT sessions) and the session context every data function
// receives. The JWT carries the user id and the user's session version at sign-in;
// both are checked against PostgreSQL on each request, as are team membership and
// role, so sign-out, "sign out everywhere" and removal end every copy of a token.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth/next";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { env, oidcEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/users/verify-credentials";

export const TEAM_COOKIE = "sb-team";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, req) => verifyCredentials(credentials, clientAddress(req?.headers)),
    }),
  ];
  if (oidcEnabled()) {
    const e = env();
    list.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.email ?? "" }),
    });
  }
  return list;
}

// SSO users are matched to Sourcebench accounts by verified e-mail; an account is
// created on first sign-in, with no team until an admin invites it.
async function userIdForSso(email: string, name: string): Promise<string> {
  const normalised = email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email: normalised },
    update: {},
    create: { email: normalised, name: name || normalised },
    select: { id: true },
  });
  return user.id;
}

// Who is signing in, for the per-client attempt limit: the address the app's server
// (scripts/lib/http-server.ts) wrote for this request, never one the client sent.
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const v = headers?.["x-sourcebench-client"];
  const raw = Array.isArray(v) ? v[0] : v;
  return typeof raw === "string" && raw ? raw.slice(0, 64) : "unknown";
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (options) return options;
  options = {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: providers(),
    callbacks: {
      async jwt({ token, user, account }) {
        if (account?.provider === "oidc") {
          if (!token.email) throw new Error("The identity provider did not share an e-mail address.");
          token.uid = await userIdForSso(token.email, token.name ?? "");
        } else if (user) {
          token.uid = user.id;
        }
        if ((user || account) && typeof token.uid === "string") {
          token.sv = (await db.user.findUnique({ where: { id: token.uid }, select: { sessionVersion: true } }))?.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined, sv: typeof token.sv === "number" ? token.sv : 0 };
      },
    },
    events: {
      // Signing out ends this token and every copy of it (and the user's other sessions).
      async signOut({ token }) {
        if (typeof token?.uid === "string") await endSessions(token.uid);
      },
    },
  };
  return options;
}

export type TSession = { userId: string; teamId: string | null };

// The signed-in user and the team they are working in (cookie, else their first
// team). It does not authorize anything: data functions check membership and role.
export async function getSession(): Promise<TSession | null> {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({ where: { id: session.uid }, select: { sessionVersion: true } });
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  const teamId = (await cookies()).get(TEAM_COOKIE)?.value ?? null;
  return { userId: session.uid, teamId };
}

/** Ends every session token of the user, copies included. */
export async function endSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function requireSession(): Promise<TSession> {
  const session = await getSession();
  if (!session) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return session;
}
