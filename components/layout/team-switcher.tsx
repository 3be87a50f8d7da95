"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { switchTeamAction } from "@/lib/teams/actions";

export function TeamSwitcher({ teams, currentId }: { teams: Array<{ id: string; name: string }>; currentId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (teams.length < 2) return <span className="text-sm font-medium">{teams[0]?.name}</span>;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Team</span>
      <select
        aria-label="Switch team"
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        value={currentId}
        disabled={pending}
        onChange={(e) => {
          const teamId = e.target.value;
          start(async () => {
            const r = await switchTeamAction({ teamId });
            if (!r.ok) setError(r.error.message);
            else router.push("/");
          });
        }}
      >
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </label>
  );
}
