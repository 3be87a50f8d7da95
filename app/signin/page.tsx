import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSession } from "@/lib/auth";
import { env, oidcEnabled } from "@/lib/env";
import { safeCallbackPath } from "@/lib/safe-redirect";

// Every page depends on the signed-in user and live data.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getSession()) redirect(target);
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Sign in to Sourcebench</h1>
      <p className="mb-5 text-sm text-slate-600">Fact-check the sourcing of every claim.</p>
      <SignInForm callbackUrl={target} ssoName={oidcEnabled() ? env().OIDC_NAME : null} />
    </main>
  );
}
