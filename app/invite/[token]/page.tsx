import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvite } from "@/components/teams/accept-invite";
import { Alert } from "@/components/ui/alert";
import { getSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getInvitePreview, type TInvitePreview } from "@/lib/teams/accept-invite";
import { ZInviteToken } from "@/lib/teams/schemas";

// Every page depends on the signed-in user and live data.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Accept invite" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let preview: TInvitePreview | null = null;
  let problem: string | null = null;
  try {
    if (!ZInviteToken.safeParse(token).success) throw new AppError("NOT_FOUND", "This invite link is not valid.");
    preview = await getInvitePreview(token);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    problem = err.message;
  }
  const signedIn = Boolean(await getSession());
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-3 text-xl font-semibold">Join a team on Sourcebench</h1>
      {problem || !preview ? (
        <Alert tone="error">{problem}</Alert>
      ) : (
        <>
          <p className="mb-4 text-sm">
            You are invited to <strong>{preview.teamName}</strong> as <strong>{preview.role}</strong> ({preview.email}).
          </p>
          {signedIn ? (
            <AcceptInvite token={token} email={preview.email} mode="existing" />
          ) : (
            <>
              <p className="mb-3 text-sm">
                Have an account for {preview.email}?{" "}
                <Link className="text-blue-700 underline" href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
                  Sign in to accept
                </Link>
                . New to Sourcebench? Create your account:
              </p>
              <AcceptInvite token={token} email={preview.email} mode="new" />
            </>
          )}
        </>
      )}
    </main>
  );
}
