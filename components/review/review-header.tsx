"use client";

import { Byline } from "@/components/articles/byline";
import { ArticleRecordDialog } from "@/components/articles/article-record-dialog";
import { Button } from "@/components/ui/button";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import type { TEditResult } from "@/lib/articles/edit-article-text";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { CaptureLine } from "./capture-line";
import { EditTextDialog } from "./edit-text-dialog";
import { ImportAnnotationsDialog } from "./import-annotations-dialog";
import { ReviewProgress } from "./review-progress";

type TProps = {
  article: TArticleForReview["article"];
  role: TArticleForReview["actor"]["role"];
  anchored: TClaimView[];
  orphanCount: number;
  canEdit: boolean;
  busy: boolean;
  hasSelection: boolean;
  help: boolean;
  onAddClaim: () => void;
  onTextEdited: (r: TEditResult) => void;
  onSuggest: () => void;
  onToggleHelp: () => void;
};

// The article's title and byline, progress, and the page's actions; editing ones only
// for those who may edit.
export function ReviewHeader({ article, role, anchored, orphanCount, canEdit, busy, hasSelection, help, onAddClaim, onTextEdited, onSuggest, onToggleHelp }: TProps) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-600">
          <Byline outlet={article.outlet} author={article.author} publishedAt={article.publishedAt} version={article.version.number} />
        </p>
        {article.capture ? <CaptureLine articleId={article.id} version={article.version.number} capture={article.capture} canEdit={canEdit} onReimported={onTextEdited} /> : null}
        <ReviewProgress claims={anchored} orphans={orphanCount} />
      </div>
      <div className="flex flex-wrap gap-2 [&>*]:whitespace-nowrap">
        {canEdit ? <Button onClick={onAddClaim} disabled={busy || !hasSelection} title="Shortcut: C">Add claim (C)</Button> : null}
        {canEdit ? <EditTextDialog articleId={article.id} text={article.version.text} version={article.version.number} onDone={onTextEdited} /> : null}
        {canEdit ? <Button variant="secondary" onClick={onSuggest} disabled={busy}>Suggest claims</Button> : null}
        {canEdit ? <ArticleRecordDialog article={article} role={role} /> : null}
        {canEdit ? <ImportAnnotationsDialog articleId={article.id} /> : null}
        <a href={`/articles/${article.id}/report`} className="rounded-md px-3 py-1.5 text-sm text-blue-800 hover:bg-slate-100">Report</a>
        <Button variant="ghost" onClick={onToggleHelp} aria-expanded={help}>Shortcuts (?)</Button>
      </div>
    </header>
  );
}
