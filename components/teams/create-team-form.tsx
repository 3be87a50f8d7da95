"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createTeamAction } from "@/lib/teams/actions";

export function CreateTeamForm() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = new FormData(e.currentTarget).get("name");
    start(async () => {
      const r = await createTeamAction({ name });
      if (!r.ok) {
        setError(r.error.message);
        setFieldErrors((r.error.details as Record<string, string>) ?? {});
        return;
      }
      router.push("/");
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="Start a team">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Team name" htmlFor="team-name" error={fieldErrors.name}>
        <Input id="team-name" name="name" required maxLength={80} aria-invalid={Boolean(fieldErrors.name)} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Starting…" : "Start the team"}</Button>
    </form>
  );
}
