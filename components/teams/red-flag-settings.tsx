"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { updateTeamSettingsAction } from "@/lib/teams/actions";

export function RedFlagSettings({ settings }: { settings: { anonymousShareThreshold: number; approvalStaleHours: number } }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    start(async () => {
      const r = await updateTeamSettingsAction({ anonymousShareThreshold: f.get("threshold"), approvalStaleHours: f.get("stale") });
      setMsg(r.ok ? { tone: "success", text: "Saved." } : { tone: "error", text: r.error.message });
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
      <Field label="Flag an article when anonymous claims exceed (%)" htmlFor="threshold">
        <Input id="threshold" name="threshold" type="number" min={1} max={100} defaultValue={settings.anonymousShareThreshold} />
      </Field>
      <Field label="Flag decided claims not approved after (hours)" htmlFor="stale">
        <Input id="stale" name="stale" type="number" min={1} max={2160} defaultValue={settings.approvalStaleHours} />
      </Field>
      <Button type="submit" disabled={pending}>Save</Button>
      {msg ? <div className="sm:col-span-3"><Alert tone={msg.tone}>{msg.text}</Alert></div> : null}
    </form>
  );
}
