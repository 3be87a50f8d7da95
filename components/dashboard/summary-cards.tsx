"use client";

import { useFormat } from "@/components/ui/format-provider";
import { formatNumber } from "@/lib/format";
import type { TDashboard } from "@/lib/reviews/get-dashboard";

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : "–");

export function SummaryCards({ summary }: { summary: TDashboard["summary"] }) {
  const f = useFormat();
  const n = (x: number) => formatNumber(x, f);
  const cards: Array<[string, string, string?]> = [
    ["Articles", n(summary.articles)],
    ["Claims", n(summary.claims)],
    ["Decided", pct(summary.decided, summary.claims), `${n(summary.decided)} of ${n(summary.claims)}`],
    ["Approved", pct(summary.approved, summary.claims), `${n(summary.approved)} of ${n(summary.claims)}`],
    ["Resting on anonymous sources", pct(summary.anonymous, summary.tagged), `${n(summary.anonymous)} of ${n(summary.tagged)} tagged claims`],
    ["Articles with red flags", n(summary.flaggedArticles)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {cards.map(([label, value, sub]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-2xl font-semibold" data-testid={`summary-${label}`}>{value}</dd>
          {sub ? <dd className="text-xs text-slate-500">{sub}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
