import Link from "next/link";
import type { TArticleRow } from "@/lib/articles/list-articles";

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : "–");

export function ArticleTable({ articles, canCreate }: { articles: TArticleRow[]; canCreate: boolean }) {
  if (articles.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <p className="font-medium">No articles yet.</p>
        <p className="text-sm text-slate-600">
          {canCreate ? (
            <>
              <Link href="/articles/new" className="text-blue-700 underline">Add an article</Link> to start reviewing its sourcing.
            </>
          ) : (
            "Articles your team adds will appear here."
          )}
        </p>
      </div>
    );
  }
  return (
    <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
      <caption className="sr-only">Articles</caption>
      <thead className="bg-slate-100 text-left">
        <tr>
          <th scope="col" className="px-3 py-2">Title</th>
          <th scope="col" className="px-3 py-2">Outlet</th>
          <th scope="col" className="px-3 py-2">Published</th>
          <th scope="col" className="px-3 py-2 text-right">Claims</th>
          <th scope="col" className="px-3 py-2 text-right">Decided</th>
          <th scope="col" className="px-3 py-2 text-right">Approved</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id} className="border-t border-slate-100">
            <td className="px-3 py-2">
              <Link href={`/articles/${a.id}`} className="font-medium text-blue-800 hover:underline">{a.title}</Link>
            </td>
            <td className="px-3 py-2">{a.outlet ?? "–"}</td>
            <td className="px-3 py-2">{a.publishedAt ? a.publishedAt.slice(0, 10) : "–"}</td>
            <td className="px-3 py-2 text-right">{a.claims}</td>
            <td className="px-3 py-2 text-right">{pct(a.decided, a.claims)}</td>
            <td className="px-3 py-2 text-right">{pct(a.approved, a.claims)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
