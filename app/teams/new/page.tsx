import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Alert } from "@/components/ui/alert";
import { getSession } from "@/lib/auth";
import { mayCreateTeams } from "@/lib/teams/create-team";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Start a team" };

// Outside the team pages on purpose: someone with no team yet (a new SSO user) starts one here.
export default async function NewTeamPage() {
  const session = await getSession();
  if (!session) redirect("/signin?callbackUrl=%2Fteams%2Fnew");
  const allowed = await mayCreateTeams(session);
  return (
    <main className="mx-auto mt-16 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-3 text-xl font-semibold">Start a team</h1>
      {allowed ? (
        <>
          <p className="mb-4 text-sm text-slate-700">You will be its admin, and can invite reviewers, editors and viewers from its settings.</p>
          <CreateTeamForm />
        </>
      ) : (
        <Alert tone="info">On this Sourcebench only its instance admins start teams. Ask one of them, or ask a team admin for an invite.</Alert>
      )}
      <p className="mt-4 text-sm"><Link href="/" className="text-blue-700 underline">Back to the dashboard</Link></p>
    </main>
  );
}
