"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { revokeInviteAction } from "@/lib/teams/actions";
import type { TTeamMembers } from "@/lib/teams/get-team-members";
import { LocalDate } from "@/components/ui/format-provider";

// Links sent and not used yet; each can be revoked before anyone uses it.
export function PendingInvites({ invites }: { invites: TTeamMembers["invites"] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (!invites.length) return null;
  return (
    <div className="mt-4" data-testid="pending-invites">
      <h3 className="text-sm font-semibold">Pending invites</h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="mt-1 space-y-1 text-sm text-slate-700">
        {invites.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2">
            <span className="break-all">
              {i.email} as {i.role}, expires <LocalDate iso={i.expiresAt} kind="when" />
            </span>
            <Button
              variant="ghost"
              className="text-red-800"
              disabled={pending}
              onClick={() =>
                start(async () => {
                  const r = await revokeInviteAction({ inviteId: i.id });
                  if (!r.ok) return setError(r.error.message);
                  router.refresh();
                })
              }
            >
              Revoke invite for {i.email}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
