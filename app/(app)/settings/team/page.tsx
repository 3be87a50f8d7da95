import type { Metadata } from "next";
import { InviteForm } from "@/components/teams/invite-form";
import { MemberList } from "@/components/teams/member-list";
import { PendingInvites } from "@/components/teams/pending-invites";
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
        <PendingInvites invites={data.invites} />
      </Card>
    </div>
  );
}
