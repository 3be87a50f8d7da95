"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createInviteAction } from "@/lib/teams/actions";
import { ROLE_LABELS, ROLES, ZCreateInvite } from "@/lib/teams/schemas";

export function InviteForm() {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState("");
  const { onSubmit, formError, pending, fieldError, field } = useServerForm({
    schema: ZCreateInvite,
    defaultValues: { email: "", role: "reviewer" },
    submit: (values) => {
      setLink(null);
      setCopied("");
      return createInviteAction(values);
    },
    onSuccess: (data) => {
      setLink(`${window.location.origin}${data.path}`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <Field label="E-mail" htmlFor="invite-email" error={fieldError("email")}>
          <Input {...field("email", "invite-email")} type="email" required />
        </Field>
        <Field label="Role" htmlFor="invite-role" error={fieldError("role")}>
          <Select {...field("role", "invite-role")}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-6">{pending ? "Creating…" : "Create invite link"}</Button>
      </div>
      {link ? (
        <Alert tone="success" title="Invite link (shown once; it works one time and expires)">
          <span className="mt-1 flex gap-2">
            <input aria-label="Invite link" readOnly value={link} className="w-full min-w-0 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                void navigator.clipboard.writeText(link).then(
                  () => setCopied("Copied"),
                  () => setCopied("Copy failed: select the link and copy it"),
                )
              }
            >
              Copy link
            </Button>
          </span>
          {/* Inside the alert's own status region, so it is announced. */}
          <span className="text-xs" data-testid="copy-status">{copied}</span>
        </Alert>
      ) : null}
    </form>
  );
}
