import type { Metadata } from "next";
import { InviteForm } from "@/components/teams/invite-form";
import { MemberList } from "@/components/teams/member-list";
import { TeamSettingsForm } from "@/components/teams/team-settings-form";
import { Card } from "@/components/ui/card";
import { getSession } from "@/lib/auth";
import { pageData } from "@/lib/page-data";
import { getTeamMembers } from "@/lib/teams/get-team-members";

export const metadata: Metadata = { title: "Team settings" };

export default async function TeamSettingsPage() {
  const data = await pageData(async () => getTeamMembers(await getSession()));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{data.team.name}: team settings</h1>
      <Card title="Members">
        <MemberList members={data.members} />
      </Card>
      <Card title="Red flags, dates and times">
        <TeamSettingsForm settings={data.settings} />
      </Card>
      <Card title="Invite someone">
        <InviteForm />
        {data.invites.length ? (
          <div className="mt-4">
            <h3 className="text-sm font-semibold">Pending invites</h3>
            <ul className="mt-1 text-sm text-slate-700">
              {data.invites.map((i) => (
                <li key={i.id}>
                  {i.email} as {i.role}, expires {new Date(i.expiresAt).toUTCString()}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
