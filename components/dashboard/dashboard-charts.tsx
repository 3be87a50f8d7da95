"use client";

// Charts where a picture beats a table, each followed by the same numbers as an
// accessible table (Recharts draws SVG that screen readers cannot read as data).
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SOURCING_LABELS } from "@/lib/claims/labels";
import { SOURCING_TYPES, sourcingTypeRecord, UNTAGGED_STYLE, type TSourcingType } from "@/lib/claims/sourcing-types";
import type { TDashboard } from "@/lib/reviews/get-dashboard";
import { useFormat } from "@/components/ui/format-provider";
import { formatMonth } from "@/lib/format";

const TYPE_COLOURS: Record<TSourcingType | "untagged", string> = { ...sourcingTypeRecord((t) => t.chart), untagged: UNTAGGED_STYLE.chart };
const VERDICT_COLOURS = ["#15803d", "#65a30d", "#ca8a04", "#ea580c", "#b91c1c", "#6b7280", "#a3a3a3"];
const typeLabel = (t: string) => (t === "untagged" ? UNTAGGED_STYLE.label : SOURCING_LABELS[t as TSourcingType]);

function ChartCard({ title, children, table }: { title: string; children: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" aria-label={title}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <div className="h-64" aria-hidden="true">{children}</div>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-blue-700">Show as table</summary>
        {/* A wide table scrolls inside its card, never the page. */}
        <div className="relative overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

export function DashboardCharts({ data }: { data: Pick<TDashboard, "verdictsBySourcing" | "sourcingByMonth" | "settings" | "ratings"> }) {
  const f = useFormat();
  const month = (m: string) => formatMonth(m, f);
  const verdictLabels = [...new Set([...data.ratings.map((r) => r.label), ...data.verdictsBySourcing.flatMap((v) => Object.keys(v.verdicts))])];
  const byType = data.verdictsBySourcing.map((v) => ({ name: typeLabel(v.sourcing), ...v.verdicts }));
  const byMonth = data.sourcingByMonth.map((m) => ({ month: m.month, ...m.counts }));
  const share = data.sourcingByMonth.map((m) => ({ month: m.month, share: m.anonymousShare }));
  if (!byType.length) return <p className="text-sm text-slate-600">Charts appear once claims are tagged.</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-3" data-testid="dashboard-charts">
      <ChartCard
        title="Verdicts by sourcing type"
        table={
          <table className="mt-1 w-full" data-testid="table-verdicts-by-sourcing">
            <thead><tr><th scope="col" className="text-left">Sourcing</th>{verdictLabels.map((l) => <th key={l} scope="col" className="text-right">{l}</th>)}</tr></thead>
            <tbody>{data.verdictsBySourcing.map((v) => (
              <tr key={v.sourcing}><th scope="row" className="text-left font-normal">{typeLabel(v.sourcing)}</th>{verdictLabels.map((l) => <td key={l} className="text-right">{v.verdicts[l] ?? 0}</td>)}</tr>
            ))}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={byType} layout="vertical" margin={{ left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={132} interval={0} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {verdictLabels.map((l, i) => <Bar key={l} dataKey={l} stackId="v" fill={VERDICT_COLOURS[i % VERDICT_COLOURS.length]} isAnimationActive={false} />)}
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title="Sourcing mix over time"
        table={
          <table className="mt-1 w-full" data-testid="table-sourcing-by-month">
            <thead><tr><th scope="col" className="text-left">Month</th>{SOURCING_TYPES.map((t) => <th key={t} scope="col" className="text-right">{SOURCING_LABELS[t]}</th>)}</tr></thead>
            <tbody>{data.sourcingByMonth.map((m) => (
              <tr key={m.month}><th scope="row" className="text-left font-normal">{month(m.month)}</th>{SOURCING_TYPES.map((t) => <td key={t} className="text-right">{m.counts[t]}</td>)}</tr>
            ))}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={byMonth} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} tickFormatter={month} minTickGap={12} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(m) => month(String(m))} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {SOURCING_TYPES.map((t) => <Bar key={t} dataKey={t} name={SOURCING_LABELS[t]} stackId="s" fill={TYPE_COLOURS[t]} isAnimationActive={false} />)}
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title="Share of claims resting on anonymous sources"
        table={
          <table className="mt-1 w-full" data-testid="table-anonymous-share">
            <thead><tr><th scope="col" className="text-left">Month</th><th scope="col" className="text-right">Anonymous share (%)</th></tr></thead>
            <tbody>{share.map((m) => (
              <tr key={m.month}><th scope="row" className="text-left font-normal">{month(m.month)}</th><td className="text-right">{m.share ?? "–"}</td></tr>
            ))}</tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={share} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} tickFormatter={month} minTickGap={12} interval="preserveStartEnd" />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip />
            <ReferenceLine y={data.settings.anonymousShareThreshold} stroke="#b91c1c" strokeDasharray="4 4" label={{ value: "threshold", fontSize: 10, fill: "#b91c1c" }} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            <Line type="monotone" dataKey="share" name="Anonymous share" stroke={TYPE_COLOURS.anonymous} strokeWidth={2} dot isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
