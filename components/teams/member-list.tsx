"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeMemberAction, setMemberRoleAction } from "@/lib/teams/actions";
import type { TTeamMembers } from "@/lib/teams/get-team-members";
import { ROLE_LABELS, ROLES } from "@/lib/teams/schemas";

export function MemberList({ members }: { members: TTeamMembers["members"] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    start(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) setError(r.error?.message ?? "That did not work.");
      router.refresh();
    });

  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {/* A phone scrolls the table inside its card, not the page. */}
      <div className="relative overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="py-1">Name</th>
              <th scope="col" className="py-1">E-mail</th>
              <th scope="col" className="py-1">Role</th>
              <th scope="col" className="py-1"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.membershipId} className="border-t border-slate-100" data-testid={`member-${m.email}`}>
                <td className="py-1.5">{m.name}{m.isYou ? " (you)" : ""}</td>
                <td className="py-1.5">{m.email}</td>
                <td className="py-1.5">
                  <select
                    aria-label={`Role of ${m.name}`}
                    className="rounded border border-slate-300 px-1.5 py-0.5"
                    value={m.role}
                    disabled={pending}
                    onChange={(e) => run(() => setMemberRoleAction({ membershipId: m.membershipId, role: e.target.value }))}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>{ROLE_LABELS[r]}</option>
                    ))}
                  </select>
                </td>
                <td className="py-1.5 text-right">
                  <Button
                    variant="secondary"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(`Remove ${m.name} from the team?`)) run(() => removeMemberAction({ membershipId: m.membershipId }));
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
