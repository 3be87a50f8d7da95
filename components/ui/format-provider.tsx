"use client";

// The team's locale and time zone for every date and number a page shows. Set once by
// the signed-in layout; server and client components alike render <LocalDate>.
import { createContext, useContext, type ReactNode } from "react";
import { formatDay, formatMonth, formatNumber, formatWhen, type TFormat } from "@/lib/format";

const FALLBACK: TFormat = { locale: "en-GB", timeZone: "UTC" };
const FormatContext = createContext<TFormat>(FALLBACK);

export function FormatProvider({ value, children }: { value: TFormat; children: ReactNode }) {
  return <FormatContext value={value}>{children}</FormatContext>;
}

export const useFormat = () => useContext(FormatContext);

const KINDS = { day: formatDay, when: formatWhen, month: formatMonth } as const;

export function LocalDate({ iso, kind = "day" }: { iso: string; kind?: keyof typeof KINDS }) {
  const f = useFormat();
  return <time dateTime={iso}>{KINDS[kind](iso, f)}</time>;
}

export function LocalNumber({ value }: { value: number }) {
  return <>{formatNumber(value, useFormat())}</>;
}
