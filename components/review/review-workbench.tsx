import type { TArticleForReview } from "@/lib/articles/get-article-for-review";

// Placeholder reading view; the interactive workbench replaces it.
export function ReviewWorkbench({ data }: { data: TArticleForReview }) {
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold">{data.article.title}</h1>
      <div className="space-y-3 rounded-lg bg-white p-6 leading-relaxed shadow-sm">
        {data.article.version.text.split(/\n{2,}/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </article>
  );
}
