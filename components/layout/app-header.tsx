import Link from "next/link";
import type { TMyTeams } from "@/lib/teams/get-my-teams";
import { ROLE_LABELS } from "@/lib/teams/schemas";
import { HeaderMenu } from "./header-menu";
import { SignOutButton } from "./sign-out-button";
import { TeamSwitcher } from "./team-switcher";
import { can } from "@/lib/teams/permissions";

export function AppHeader({ me }: { me: TMyTeams }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" className="text-lg font-semibold text-blue-800">
          Sourcebench
        </Link>
        <HeaderMenu>
          <nav aria-label="Main" className="flex flex-col items-start gap-3 text-sm lg:flex-row lg:items-center">
            <Link href="/" className="hover:underline">Dashboard</Link>
            {can(me.current.role, "article.create") ? <Link href="/articles/new" className="hover:underline">New article</Link> : null}
            {can(me.current.role, "team.manage") ? <Link href="/settings/team" className="hover:underline">Team settings</Link> : null}
          </nav>
          <div className="flex flex-wrap items-center gap-3 lg:ml-auto">
            <TeamSwitcher teams={me.teams} currentId={me.current.teamId} />
            <Link href="/teams/new" className="text-sm text-blue-800 hover:underline">New team</Link>
            <span className="break-all text-sm text-slate-600" data-testid="current-user">
              {me.user.name} · {ROLE_LABELS[me.current.role]}
            </span>
            <SignOutButton />
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
