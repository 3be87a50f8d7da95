"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createInviteAction } from "@/lib/teams/actions";
import { ROLE_LABELS, ROLES } from "@/lib/teams/schemas";

export function InviteForm() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    start(async () => {
      setError(null);
      setLink(null);
      const r = await createInviteAction({ email: form.get("email"), role: form.get("role") });
      if (!r.ok) return setError(r.error.message);
      setLink(`${window.location.origin}${r.data.path}`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <Field label="E-mail" htmlFor="invite-email">
          <Input id="invite-email" name="email" type="email" required />
        </Field>
        <Field label="Role" htmlFor="invite-role">
          <Select id="invite-role" name="role" defaultValue="reviewer">
            {ROLES.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create invite link"}</Button>
      </div>
      {link ? (
        <Alert tone="success" title="Invite link (shown once; it works one time and expires)">
          <input aria-label="Invite link" readOnly value={link} className="mt-1 w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Alert>
      ) : null}
    </form>
  );
}
