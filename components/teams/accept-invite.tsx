"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { acceptInviteAction, acceptInviteNewUserAction } from "@/lib/teams/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/common-passwords";

export function AcceptInvite({ token, email, mode }: { token: string; email: string; mode: "existing" | "new" }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function acceptExisting() {
    start(async () => {
      const r = await acceptInviteAction({ token });
      if (!r.ok) return setError(r.error.message);
      router.push("/");
      router.refresh();
    });
  }

  function createAccount(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get("password") ?? "");
    start(async () => {
      setError(null);
      const r = await acceptInviteNewUserAction({ token, name: form.get("name"), password });
      if (!r.ok) {
        setFieldErrors((r.error.details as Record<string, string>) ?? {});
        return setError(r.error.message);
      }
      await signIn("credentials", { email, password, redirect: false });
      router.push("/");
      router.refresh();
    });
  }

  if (mode === "existing") {
    return (
      <div className="space-y-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button onClick={acceptExisting} disabled={pending}>{pending ? "Joining…" : "Accept and join"}</Button>
      </div>
    );
  }
  return (
    <form onSubmit={createAccount} className="space-y-3" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Your name" htmlFor="name" error={fieldErrors.name}>
        <Input id="name" name="name" autoComplete="name" required aria-invalid={Boolean(fieldErrors.name)} />
      </Field>
      <Field label="Choose a password" htmlFor="password" error={fieldErrors.password} hint={`At least ${MIN_PASSWORD_LENGTH} characters; common passwords are refused.`}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required aria-invalid={Boolean(fieldErrors.password)} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Creating account…" : "Create account and join"}</Button>
    </form>
  );
}
