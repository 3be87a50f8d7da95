import type { Metadata } from "next";
import Link from "next/link";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardTable } from "@/components/dashboard/dashboard-table";
import { ExportMenu } from "@/components/dashboard/export-menu";
import { Pagination } from "@/components/dashboard/pagination";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { FreshAfterWrites } from "@/components/layout/fresh-after-writes";
import { getSession } from "@/lib/auth";
import { pageData } from "@/lib/page-data";
import { getDashboard } from "@/lib/reviews/get-dashboard";
import { filterFromSearchParams, filterToSearchParams } from "@/lib/reviews/schemas";
import { can } from "@/lib/teams/permissions";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = filterFromSearchParams(await searchParams);
  const data = await pageData(async () => getDashboard(await getSession(), filter));
  const canCreate = can(data.actor.role, "article.create");
  return (
    <div className="space-y-5">
      <FreshAfterWrites renderedAt={data.renderedAt} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{data.actor.teamName}: dashboard</h1>
        <div className="flex items-center gap-3">
          <ExportMenu query={filterToSearchParams({ ...filter, page: 1 }).toString()} />
          {canCreate ? <Link href="/articles/new" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">Add article</Link> : null}
        </div>
      </div>
      {data.total > 0 ? <SummaryCards summary={data.summary} /> : null}
      {data.total > 0 ? <DashboardCharts data={data} /> : null}
      <DashboardFilters reviewers={data.members.map((m) => ({ id: m.id, label: m.name }))} ratings={data.ratings.map((r) => ({ id: r.id, label: r.label }))} />
      {data.total === 0 && !filterToSearchParams(filter).size ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium">No articles yet.</p>
          <p className="text-sm text-slate-600">{canCreate ? <><Link href="/articles/new" className="text-blue-700 underline">Add an article</Link> to start reviewing its sourcing.</> : "Articles your team adds will appear here."}</p>
        </div>
      ) : (
        <>
          <DashboardTable data={data} filter={filter} />
          <Pagination filter={filter} page={data.page} pageCount={data.pageCount} total={data.total} />
        </>
      )}
    </div>
  );
}
