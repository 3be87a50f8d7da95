"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { updateTeamSettingsAction } from "@/lib/teams/actions";

type TSettings = { anonymousShareThreshold: number; approvalStaleHours: number; locale: string; timeZone: string };

// The team's red-flag thresholds and how it reads dates (claim history, reports).
export function TeamSettingsForm({ settings }: { settings: TSettings }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    start(async () => {
      const r = await updateTeamSettingsAction({
        anonymousShareThreshold: f.get("threshold"), approvalStaleHours: f.get("stale"), locale: f.get("locale"), timeZone: f.get("timeZone"),
      });
      setMsg(r.ok ? { tone: "success", text: "Saved." } : { tone: "error", text: r.error.message });
      setFieldErrors(r.ok ? {} : ((r.error.details as Record<string, string>) ?? {}));
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2 sm:items-end" noValidate>
      <Field label="Flag an article when anonymous claims exceed (%)" htmlFor="threshold" error={fieldErrors.anonymousShareThreshold}>
        <Input id="threshold" name="threshold" type="number" min={1} max={100} defaultValue={settings.anonymousShareThreshold} />
      </Field>
      <Field label="Flag decided claims not approved after (hours)" htmlFor="stale" error={fieldErrors.approvalStaleHours}>
        <Input id="stale" name="stale" type="number" min={1} max={2160} defaultValue={settings.approvalStaleHours} />
      </Field>
      <Field label="Dates and times in (language tag)" htmlFor="locale" error={fieldErrors.locale} hint="For example en-GB, en-US, fr-FR, pl-PL.">
        <Input id="locale" name="locale" defaultValue={settings.locale} aria-invalid={Boolean(fieldErrors.locale)} />
      </Field>
      <Field label="Time zone" htmlFor="timeZone" error={fieldErrors.timeZone} hint="For example UTC, Europe/London, America/New_York.">
        <Input id="timeZone" name="timeZone" defaultValue={settings.timeZone} aria-invalid={Boolean(fieldErrors.timeZone)} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>Save</Button>
        {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      </div>
    </form>
  );
}
