import Link from "next/link";
import { LocalDate } from "@/components/ui/format-provider";
import { SOURCING_TAGS } from "@/lib/claims/labels";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import { RED_FLAG_LABELS } from "@/lib/exports/red-flags";
import type { TDashboard } from "@/lib/reviews/get-dashboard";
import { filterToSearchParams, type TDashboardFilter } from "@/lib/reviews/schemas";

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : "–");

export function DashboardTable({ data, filter }: { data: TDashboard; filter: TDashboardFilter }) {
  const sortLink = (key: TDashboardFilter["sort"], label: string) => {
    const active = filter.sort === key;
    const dir = active && filter.dir === "desc" ? "asc" : "desc";
    const qs = filterToSearchParams({ ...filter, sort: key, dir, page: 1 }).toString();
    return (
      <th scope="col" className="px-2 py-2" aria-sort={active ? (filter.dir === "asc" ? "ascending" : "descending") : "none"}>
        <Link href={`/${qs ? `?${qs}` : ""}`} className="hover:underline">
          {label}
          {active ? (filter.dir === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      </th>
    );
  };
  if (!data.rows.length) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm">No articles match these filters.</p>;
  }
  return (
    <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-sm" data-testid="dashboard-table">
        <caption className="sr-only">Articles, {data.total} in total</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {sortLink("title", "Title")}
            <th scope="col" className="px-2 py-2">Outlet</th>
            {sortLink("published", "Published")}
            {sortLink("claims", "Claims")}
            {sortLink("decided", "Decided")}
            {sortLink("approved", "Approved")}
            <th scope="col" className="px-2 py-2">Verdicts</th>
            <th scope="col" className="px-2 py-2">Sourcing</th>
            {sortLink("flags", "Red flags")}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="dashboard-row">
              <td className="min-w-48 px-2 py-2">
                <Link href={`/articles/${r.id}`} className="font-medium text-blue-800 hover:underline">{r.title}</Link>
              </td>
              <td className="px-2 py-2">{r.outlet ?? "–"}</td>
              <td className="whitespace-nowrap px-2 py-2">{r.publishedAt ? <LocalDate iso={r.publishedAt} /> : "–"}</td>
              <td className="px-2 py-2 text-right">
                {r.claims}
                {r.needsReattaching ? (
                  <span className="block whitespace-nowrap text-xs font-medium text-amber-800" data-testid="needs-reattaching">
                    {r.needsReattaching} need{r.needsReattaching === 1 ? "s" : ""} re-attaching
                  </span>
                ) : null}
              </td>
              <td className="px-2 py-2 text-right">{pct(r.decided, r.claims)}</td>
              <td className="px-2 py-2 text-right">{pct(r.approved, r.claims)}</td>
              <td className="px-2 py-2 text-xs">{r.verdicts.map((v) => `${v.label} ${v.count}`).join(", ") || "–"}</td>
              <td className="px-2 py-2 text-xs">
                {SOURCING_TYPES.filter((t) => r.sourcing[t] > 0).map((t) => `${SOURCING_TAGS[t]} ${r.sourcing[t]}`).join(" · ") || "–"}
              </td>
              <td className="px-2 py-2 text-xs">
                {r.flags.length ? (
                  <ul className="space-y-0.5 text-red-800">
                    {r.flags.map((fl) => (
                      <li key={fl}>⚑ {RED_FLAG_LABELS[fl]}</li>
                    ))}
                  </ul>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
