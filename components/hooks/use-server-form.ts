"use client";

// A form checked with the zod schema the server parses with (react-hook-form with its
// zod resolver): a field's mistake shows under the field as the user fixes it, with
// the server's own wording, before anything is sent. What is sent is what was typed;
// the server parses it again and is the authority. A field error the server returns
// (details: {field: message}) lands under that field; anything else shows once, above.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { TActionResult } from "@/lib/errors";

export function useServerForm<TValues extends FieldValues, TData>(opts: {
  schema: z.ZodType<unknown, TValues>;
  defaultValues: DefaultValues<TValues>;
  submit: (values: TValues) => Promise<TActionResult<TData>>;
  onSuccess?: (data: TData) => void;
}) {
  // The schema validates; the typed values, not its output, are sent on.
  const resolver = useMemo<Resolver<TValues>>(() => {
    const check = zodResolver(opts.schema as unknown as Parameters<typeof zodResolver>[0]) as unknown as Resolver<TValues>;
    return async (values, context, options) => {
      const result = await check(values, context, options);
      return Object.keys(result.errors).length ? result : { values, errors: {} };
    };
  }, [opts.schema]);
  const form = useForm<TValues>({
    resolver,
    defaultValues: opts.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const r = await opts.submit(values);
    if (r.ok) {
      opts.onSuccess?.(r.data);
      return;
    }
    const details = r.error.details;
    const fields = Object.keys(form.getValues());
    let placed = false;
    if (details && typeof details === "object") {
      for (const [field, message] of Object.entries(details as Record<string, unknown>)) {
        if (typeof message !== "string" || !fields.includes(field)) continue;
        form.setError(field as Path<TValues>, { type: "server", message }, { shouldFocus: !placed });
        placed = true;
      }
    }
    if (!placed) setFormError(r.error.message);
  });

  const fieldError = (name: Path<TValues>): string | undefined => {
    const e = form.getFieldState(name, form.formState).error;
    return typeof e?.message === "string" ? e.message : undefined;
  };
  // Props for an input: registered, marked invalid and described by its error.
  const field = (name: Path<TValues>, id: string) => {
    const error = fieldError(name);
    return { id, ...form.register(name), "aria-invalid": Boolean(error), "aria-describedby": error ? `${id}-error` : undefined };
  };

  return { form, onSubmit, formError, pending: form.formState.isSubmitting, fieldError, field };
}
