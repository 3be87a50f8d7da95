"use client";

import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createTeamAction } from "@/lib/teams/actions";
import { ZCreateTeam } from "@/lib/teams/schemas";

export function CreateTeamForm() {
  const router = useRouter();
  const { onSubmit, formError, pending, fieldError, field } = useServerForm({
    schema: ZCreateTeam,
    defaultValues: { name: "" },
    submit: createTeamAction,
    onSuccess: () => {
      router.push("/");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Start a team">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label="Team name" htmlFor="team-name" error={fieldError("name")}>
        <Input {...field("name", "team-name")} required maxLength={80} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Starting…" : "Start the team"}</Button>
    </form>
  );
}
