"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState, useTransition, type KeyboardEvent } from "react";
import { FreshAfterWrites } from "@/components/layout/fresh-after-writes";
import { Alert } from "@/components/ui/alert";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import type { TEditResult } from "@/lib/articles/edit-article-text";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { articleRedFlags } from "@/lib/exports/red-flags";
import { reviewHighlights } from "@/lib/review/highlights";
import { isSuggestionId, suggestedTypeFor, suggestionId } from "@/lib/review/suggestion-queue";
import { can, canWithdrawClaim } from "@/lib/teams/permissions";
import { ArticleAlerts } from "./article-alerts";
import { ARTICLE_TEXT_ID, ArticleText } from "./article-text";
import { ClaimSheet } from "./claim-sheet";
import { ClaimList } from "./claim-list";
import { DuplicateNotice } from "./duplicate-notice";
import { useClaimRecord } from "./hooks/use-claim-record";
import { useClaimSelection } from "./hooks/use-claim-selection";
import { useClaims } from "./hooks/use-claims";
import { useTagKey } from "./hooks/use-tag-key";
import { useEditorFocus } from "./hooks/use-editor-focus";
import { useNewClaim } from "./hooks/use-new-claim";
import { useNotice } from "./hooks/use-notice";
import { useReattach } from "./hooks/use-reattach";
import { useReviewKeys } from "./hooks/use-review-keys";
import { useSentenceCursor } from "./hooks/use-sentence-cursor";
import { useSuggestions } from "./hooks/use-suggestions";
import { ReviewHeader } from "./review-header";
import { SelectedClaimPanel } from "./selected-claim-panel";
import { ShortcutHelp } from "./shortcut-help";
import { SourcingLegend } from "./sourcing-legend";
import { SuggestionPanel } from "./suggestion-panel";
import { WithdrawDialog } from "./withdraw-dialog";
import { WithdrawnClaims } from "./withdrawn-claims";
import { count } from "@/lib/count";

// A viewer marks nothing: a selection or a key in the text makes no pending claim.
const ignoreSelection = () => {};

export function ReviewWorkbench({ data }: { data: TArticleForReview }) {
  const router = useRouter();
  const { article, actor, flagRules, renderedAt } = data;
  const text = article.version.text;
  const canEdit = can(actor.role, "claim.edit");
  const [busy, start] = useTransition();
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const { notice, notify, clearNotice } = useNotice();
  const { live, withdrawn, anchored, orphans, upsert, drop, loading: loadingClaims, loadError } = useClaims(article.id, data.claims, data.moreClaims);
  const { selectedId, selected, select, open, step, deselect } = useClaimSelection(live);
  const { pending, select: selectText, clear: clearPending, onKeyDown: cursorKeyDown } = useSentenceCursor(text);
  const { target: editorField, request: focusEditor } = useEditorFocus(selected?.id ?? null);

  const apply = useCallback((c: TClaimView) => {
    upsert(c);
    if (c.withdrawn) deselect(c.id);
  }, [deselect, upsert]);
  const record = useClaimRecord({ apply, drop, notify });
  const mayWithdraw = useCallback((c: TClaimView) => canWithdrawClaim(actor, c), [actor]);
  const suggestions = useSuggestions({ articleId: article.id, versionId: article.version.id, start, apply, notify });
  const { current, accept, reject, show } = suggestions;
  const onCreated = useCallback((id: string, byKey: boolean) => {
    select(id);
    clearPending();
    if (!byKey) focusEditor(id);
  }, [clearPending, focusEditor, select]);
  const { duplicate, add, create, dismissDuplicate } = useNewClaim({ articleId: article.id, versionId: article.version.id, canEdit, start, apply, onCreated, notify, clearNotice });
  const reattach = useReattach({ start, apply, clearPending, notify });

  // Red flags and progress follow the claims in this render: a save changes them at once,
  // with no server refresh re-rendering the page (and shifting the text) under the mouse.
  const redFlags = useMemo(() => articleRedFlags({ claims: anchored }, { ...flagRules, now: new Date(renderedAt) }), [anchored, flagRules, renderedAt]);
  const highlights = useMemo(() => reviewHighlights(anchored, suggestions.list), [anchored, suggestions.list]);
  // A click on a claim (in the text or the list) opens its editor with focus on the
  // first field; J/K only open it, so the reviewer stays in the text.
  const selectClaim = useCallback((id: string) => {
    if (isSuggestionId(id)) return show(id);
    open(id);
    focusEditor(id);
  }, [focusEditor, open, show]);
  const closeEditor = useCallback(() => {
    const id = selectedId;
    if (id) deselect(id);
    document.getElementById(ARTICLE_TEXT_ID)?.focus();
  }, [deselect, selectedId]);
  // A claim made by hand on a sentence the assistant has typed starts with that type.
  const addClaim = useCallback(() => add(pending, pending ? suggestedTypeFor(suggestions.list, pending) : undefined), [add, pending, suggestions.list]);
  const withdrawSelected = useCallback(() => {
    if (selected && mayWithdraw(selected)) record.askWithdraw(selected);
  }, [mayWithdraw, record, selected]);

  const tag = useTagKey({ canEdit, pending, selected, add, start, apply, notify });
  const keys = useMemo(
    () => ({
      addClaim, nextClaim: () => step(1), prevClaim: () => step(-1), focusEditor: () => focusEditor(selectedId), toggleHelp,
      acceptSuggestion: () => (current ? accept(current) : undefined),
      rejectSuggestion: () => (current ? reject(current) : undefined),
      hasSuggestion: Boolean(current),
      withdrawClaim: withdrawSelected,
      tag,
    }),
    [accept, addClaim, current, focusEditor, reject, selectedId, step, tag, toggleHelp, withdrawSelected],
  );
  useReviewKeys(keys);

  // In the text, Enter (or C) makes a claim of the selection; with none, Enter accepts
  // the open suggestion. Arrows and Escape are the sentence cursor's.
  const onTextKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key !== "Enter" || e.ctrlKey || e.metaKey) return cursorKeyDown(e);
      e.preventDefault();
      if (!pending && current) return accept(current);
      return addClaim();
    },
    [accept, addClaim, current, cursorKeyDown, pending],
  );

  const onTextEdited = useCallback((r: TEditResult) => {
    notify(r.orphaned ? "warning" : "success", `Version ${r.version} saved: ${count(r.kept, "claim")} unchanged, ${r.moved} moved with their text, ${r.orphaned} orphaned.`);
    clearPending();
    router.refresh();
  }, [clearPending, notify, router]);

  return (
    <div className="space-y-4">
      <FreshAfterWrites renderedAt={renderedAt} />
      <ReviewHeader
        article={article} role={actor.role} anchored={anchored} orphanCount={orphans.length} canEdit={canEdit} busy={busy} hasSelection={pending !== null} help={help}
        onAddClaim={addClaim} onTextEdited={onTextEdited} onSuggest={suggestions.load} onToggleHelp={toggleHelp}
      />
      <ArticleAlerts redFlags={redFlags} archived={Boolean(article.archivedAt)} />
      {help ? <ShortcutHelp /> : null}
      {canEdit ? null : <Alert tone="info" title="Read-only: you are a viewer">You can read the claims, their verdicts, evidence and history. A reviewer or editor makes changes.</Alert>}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {loadingClaims ? <Alert tone="info">Loading the rest of this article&apos;s claims ({live.length + withdrawn.length} so far); counts and flags are complete once they are in.</Alert> : null}
      {loadError ? <Alert tone="error">Not all claims could be loaded: {loadError} Reload the page to try again.</Alert> : null}
      {duplicate ? (
        <DuplicateNotice
          number={duplicate.number}
          busy={busy}
          onOpen={() => {
            selectClaim(duplicate.existingId);
            clearPending();
            dismissDuplicate();
          }}
          onAddAnyway={() => create(duplicate.range, true, duplicate.sourcingType, duplicate.byKey)}
          onCancel={dismissDuplicate}
        />
      ) : null}
      <WithdrawDialog claim={record.confirming} busy={record.busy} onConfirm={record.withdraw} onCancel={record.cancel} />
      <SourcingLegend />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0">
          <ArticleText text={text} highlights={highlights} selectedId={selectedId} pending={pending} onSelectClaim={selectClaim} onSelectText={canEdit ? selectText : ignoreSelection} onKeyDown={canEdit ? onTextKeyDown : ignoreSelection} currentSuggestionId={current ? suggestionId(current) : null} />
        </div>
        {/* On wide screens the open claim's editor and the claim list scroll apart, so the
            editor stays in view while the list shows the claim picked in the text. */}
        <aside aria-label="Claims" className="space-y-4 lg:sticky lg:top-4 lg:flex lg:max-h-[calc(100vh-2rem)] lg:flex-col lg:gap-4 lg:space-y-0">
          {selected ? (
            <ClaimSheet key={selected.id} number={selected.number} onClose={closeEditor}>
              <SelectedClaimPanel
                claim={selected} data={data} canEdit={canEdit} canReattach={pending !== null && !busy} mayWithdraw={mayWithdraw(selected)} withdrawBusy={record.busy} focusRef={editorField}
                onReattach={() => (pending ? reattach(selected, pending) : undefined)} onSaved={apply} onWithdraw={() => record.askWithdraw(selected)} onEvidenceChanged={() => router.refresh()}
              />
            </ClaimSheet>
          ) : null}
          <div className="space-y-4 lg:min-h-0 lg:flex-1 lg:overflow-auto">
          {suggestions.list ? (
            <SuggestionPanel
              text={text} suggestions={suggestions.list} current={current} busy={busy}
              onAccept={accept} onReject={reject} onAcceptAllOfType={suggestions.acceptAllOfType} onSelect={suggestions.setCurrent} onClose={suggestions.close}
            />
          ) : null}
          {orphans.length ? (
            <Alert tone="warning" title={`${orphans.length} orphaned claim${orphans.length > 1 ? "s" : ""}`}>
              {canEdit ? "Their text is gone from this version. Open one, select its new text in the article, and re-attach it." : "Their text is gone from this version; a reviewer re-attaches them."}
            </Alert>
          ) : null}
          <ClaimList claims={live} selectedId={selectedId} onSelect={selectClaim} />
          <WithdrawnClaims claims={withdrawn} busy={record.busy} canRestore={mayWithdraw} canDelete={can(actor.role, "claim.delete")} onRestore={record.restore} onDelete={record.remove} />
          </div>
        </aside>
      </div>
    </div>
  );
}
