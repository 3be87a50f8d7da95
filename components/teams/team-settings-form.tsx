"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useServerForm } from "@/components/hooks/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { ZTeamSettings } from "@/lib/reviews/schemas";
import { updateTeamSettingsAction } from "@/lib/teams/actions";

type TSettings = { anonymousShareThreshold: number; approvalStaleHours: number; locale: string; timeZone: string };

// The team's red-flag thresholds and how it reads dates (claim history, reports).
export function TeamSettingsForm({ settings }: { settings: TSettings }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending, fieldError, field } = useServerForm({
    schema: ZTeamSettings,
    defaultValues: { ...settings },
    submit: (values) => {
      setSaved(false);
      return updateTeamSettingsAction(values);
    },
    onSuccess: () => {
      setSaved(true);
      form.reset(form.getValues());
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2 sm:items-start" noValidate>
      <Field label="Flag an article when anonymous claims exceed (%)" htmlFor="threshold" error={fieldError("anonymousShareThreshold")}>
        <Input {...field("anonymousShareThreshold", "threshold")} type="number" min={1} max={100} />
      </Field>
      <Field label="Flag decided claims not approved after (hours)" htmlFor="stale" error={fieldError("approvalStaleHours")}>
        <Input {...field("approvalStaleHours", "stale")} type="number" min={1} max={2160} />
      </Field>
      <Field label="Dates and times in (language tag)" htmlFor="locale" error={fieldError("locale")} hint="For example en-GB, en-US, fr-FR, pl-PL.">
        <Input {...field("locale", "locale")} />
      </Field>
      <Field label="Time zone" htmlFor="timeZone" error={fieldError("timeZone")} hint="For example UTC, Europe/London, America/New_York.">
        <Input {...field("timeZone", "timeZone")} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>Save</Button>
        {formError ? <Alert tone="error">{formError}</Alert> : saved && !form.formState.isDirty ? <Alert tone="success">Saved.</Alert> : null}
      </div>
    </form>
  );
}
