"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { SOURCING_LABELS } from "@/lib/claims/labels";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUSES } from "@/lib/reviews/schemas";

type TOption = { id: string; label: string };

// Every filter is a URL parameter; changing one resets to page 1.
export function DashboardFilters({ reviewers, ratings }: { reviewers: TOption[]; ratings: TOption[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const [q, setQ] = useState(params.get("q") ?? "");
  // Controls show the new value at once; the URL (and the table) follow when the navigation lands.
  const [shown, setShown] = useState<Record<string, string>>(() => Object.fromEntries(params));
  useEffect(() => setShown(Object.fromEntries(params)), [params]);

  // The latest values the user chose, so two quick changes never build on a stale URL.
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = shown;
  }, [shown]);

  const set = (key: string, value: string) => {
    const values = { ...latest.current, [key]: value };
    delete values.page;
    latest.current = values;
    setShown(values);
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v) next.set(k, v);
    start(() => router.push(`${pathname}${next.size ? `?${next}` : ""}`));
  };

  useEffect(() => {
    if (q === (params.get("q") ?? "")) return;
    const t = setTimeout(() => set("q", q.trim()), 350);
    return () => clearTimeout(t);
    // Only the typed text drives this debounce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const select = (key: string, label: string, options: TOption[]) => (
    <label className="flex flex-col text-xs font-medium text-slate-700">
      {label}
      <select className="mt-0.5 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm" value={shown[key] ?? ""} onChange={(e) => set(key, e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{o.label}</option>
        ))}
      </select>
    </label>
  );

  return (
    <form role="search" aria-label="Filter articles" className="flex flex-wrap items-end gap-3" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label className="flex flex-col text-xs font-medium text-slate-700">
        Search title and text
        <input type="search" className="mt-0.5 w-64 rounded-md border border-slate-300 px-2 py-1 text-sm" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {select("status", "Status", ARTICLE_STATUSES.map((s) => ({ id: s, label: ARTICLE_STATUS_LABELS[s] })))}
      {select("reviewer", "Reviewer", reviewers)}
      {select("sourcing", "Sourcing type", SOURCING_TYPES.map((t) => ({ id: t, label: SOURCING_LABELS[t] })))}
      {select("verdict", "Verdict", ratings)}
      <label className="flex flex-col text-xs font-medium text-slate-700">
        Published from
        <input type="date" className="mt-0.5 rounded-md border border-slate-300 px-2 py-1 text-sm" value={shown.from ?? ""} onChange={(e) => set("from", e.target.value)} />
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-700">
        to
        <input type="date" className="mt-0.5 rounded-md border border-slate-300 px-2 py-1 text-sm" value={shown.to ?? ""} onChange={(e) => set("to", e.target.value)} />
      </label>
      <label className="flex items-center gap-1 pb-1 text-sm">
        <input type="checkbox" checked={shown.flagged === "1"} onChange={(e) => set("flagged", e.target.checked ? "1" : "")} />
        Red flags only
      </label>
      <label className="flex items-center gap-1 pb-1 text-sm">
        <input type="checkbox" checked={shown.archived === "1"} onChange={(e) => set("archived", e.target.checked ? "1" : "")} />
        Archived articles
      </label>
      {params.size ? (
        <button type="button" className="pb-1 text-sm text-blue-700 underline" onClick={() => start(() => router.push(pathname))}>Clear filters</button>
      ) : null}
    </form>
  );
}
