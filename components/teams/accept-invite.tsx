"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { acceptInviteAction, acceptInviteNewUserAction } from "@/lib/teams/actions";
import { ZAcceptInviteNewUser } from "@/lib/teams/schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/common-passwords";

export function AcceptInvite({ token, email, mode }: { token: string; email: string; mode: "existing" | "new" }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function acceptExisting() {
    start(async () => {
      const r = await acceptInviteAction({ token });
      if (!r.ok) return setError(r.error.message);
      router.push("/");
      router.refresh();
    });
  }

  const account = useServerForm({
    schema: ZAcceptInviteNewUser.omit({ token: true }),
    defaultValues: { name: "", password: "" },
    submit: (values) => acceptInviteNewUserAction({ token, ...values }),
    onSuccess: async () => {
      await signIn("credentials", { email, password: account.form.getValues("password"), redirect: false });
      router.push("/");
      router.refresh();
    },
  });

  if (mode === "existing") {
    return (
      <div className="space-y-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button onClick={acceptExisting} disabled={pending}>{pending ? "Joining…" : "Accept and join"}</Button>
      </div>
    );
  }
  return (
    <form onSubmit={account.onSubmit} className="space-y-3" noValidate>
      {account.formError ? <Alert tone="error">{account.formError}</Alert> : null}
      <Field label="Your name" htmlFor="name" error={account.fieldError("name")}>
        <Input {...account.field("name", "name")} autoComplete="name" required />
      </Field>
      <Field label="Choose a password" htmlFor="password" error={account.fieldError("password")} hint={`At least ${MIN_PASSWORD_LENGTH} characters; common passwords are refused.`}>
        <Input {...account.field("password", "password")} type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={account.pending}>{account.pending ? "Creating account…" : "Create account and join"}</Button>
    </form>
  );
}
