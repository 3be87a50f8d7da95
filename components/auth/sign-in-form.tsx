"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

// One message for every failure, so the form does not reveal which addresses exist
// or whether an account is locked.
const FAILED = "Sign-in failed. Check your e-mail address and password. After 10 failed attempts, sign-in from this device pauses for 15 minutes.";

export function SignInForm({ callbackUrl, ssoName }: { callbackUrl: string; ssoName: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    try {
      const res = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!res || res.error || !res.ok) {
        setError(res?.status && res.status >= 500 ? "Sign-in is temporarily unavailable. Please try again in a moment." : FAILED);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("Sign-in is temporarily unavailable. Please try again in a moment.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field label="E-mail" htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field label="Password" htmlFor="password">
          <Input id="password" name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {ssoName ? (
        <Button variant="secondary" className="w-full" onClick={() => void signIn("oidc", { callbackUrl })}>
          Sign in with {ssoName}
        </Button>
      ) : null}
    </div>
  );
}
