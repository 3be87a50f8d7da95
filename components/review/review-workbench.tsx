"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import { createClaimAction, getSuggestionsAction, reattachClaimAction, rejectSuggestionAction } from "@/lib/claims/actions";
import type { TSuggestion } from "@/lib/claims/suggestions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { ArticleText, type THighlight, type TRange } from "./article-text";
import { ClaimEditor } from "./claim-editor";
import { ClaimExtras } from "./claim-extras";
import { ClaimList } from "./claim-list";
import { EditTextDialog } from "./edit-text-dialog";
import { FreshAfterWrites, noteWrite } from "@/components/layout/fresh-after-writes";
import { articleRedFlags, RED_FLAG_LABELS } from "@/lib/exports/red-flags";
import { ReviewProgress } from "./review-progress";
import { sentenceRanges } from "./segments";
import { ShortcutHelp } from "./shortcut-help";
import { SuggestionPanel } from "./suggestion-panel";
import { SourcingLegend } from "./sourcing-legend";
import { useReviewKeys } from "./use-review-keys";
import { ArticleRecordDialog } from "@/components/articles/article-record-dialog";
import { can, canWithdrawClaim } from "@/lib/teams/permissions";
import { DuplicateNotice } from "./duplicate-notice";
import { useClaimRecord } from "./use-claim-record";
import { WithdrawDialog } from "./withdraw-dialog";
import { WithdrawnClaims } from "./withdrawn-claims";

const byPosition = (a: TClaimView, b: TClaimView) => a.start - b.start || b.end - a.end;
const newKey = () => crypto.randomUUID().replace(/-/g, "");
const suggestionId = (s: { start: number; end: number }) => `s:${s.start}:${s.end}`;

export function ReviewWorkbench({ data }: { data: TArticleForReview }) {
  const router = useRouter();
  const { article, actor } = data;
  const text = article.version.text;
  const [claims, setClaims] = useState(() => [...data.claims].sort(byPosition));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<TRange | null>(null);
  // The browser's own selection goes with the pending one: left in place, a press on it
  // starts dragging the selected text instead of a new selection.
  const clearPending = useCallback(() => {
    setPending(null);
    window.getSelection()?.removeAllRanges();
  }, []);
  const [notice, setNotice] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(null);
  const [help, setHelp] = useState(false);
  const [suggestions, setSuggestions] = useState<TSuggestion[] | null>(null);
  const [currentSuggestion, setCurrentSuggestion] = useState<TSuggestion | null>(null);
  const [busy, start] = useTransition();
  const textRef = useRef<HTMLDivElement>(null);
  // Where the sentence cursor last was, so the arrows continue from there after a claim is made.
  const cursor = useRef<TRange | null>(null);
  useEffect(() => {
    if (pending) cursor.current = pending;
  }, [pending]);
  const canEdit = can(actor.role, "claim.edit");

  // After a server refresh (new version, someone else's change) adopt the server's claims.
  useEffect(() => setClaims([...data.claims].sort(byPosition)), [data.claims]);

  const sentences = useMemo(() => sentenceRanges(text), [text]);
  // The record is the live claims; withdrawn ones are listed apart and count nowhere.
  // Of the live ones, orphans (text gone) are listed but count nowhere until re-attached.
  const live = useMemo(() => claims.filter((c) => !c.withdrawn), [claims]);
  const withdrawn = useMemo(() => claims.filter((c) => c.withdrawn), [claims]);
  const anchored = useMemo(() => live.filter((c) => c.anchorStatus === "anchored"), [live]);
  const highlights = useMemo<THighlight[]>(() => {
    const list: THighlight[] = anchored.map((c) => ({ id: c.id, start: c.start, end: c.end, type: c.sourcingType }));
    for (const sg of suggestions ?? []) {
      list.push({ id: suggestionId(sg), start: sg.start, end: sg.end, type: sg.type, suggestion: true });
      if (sg.cue) list.push({ id: `c:${sg.cue.start}:${sg.cue.end}`, start: sg.cue.start, end: sg.cue.end, type: null, mark: "cue" });
      if (sg.source) list.push({ id: `o:${sg.source.start}:${sg.source.end}`, start: sg.source.start, end: sg.source.end, type: null, mark: "source" });
    }
    return list;
  }, [anchored, suggestions]);
  const selected = live.find((c) => c.id === selectedId) ?? null;

  // Red flags and progress follow the claims in this render: a save changes them at once,
  // with no server refresh re-rendering the page (and shifting the text) under the mouse.
  const { flagRules, renderedAt } = data;
  const redFlags = useMemo(
    () => articleRedFlags({ claims: anchored }, { ...flagRules, now: new Date(renderedAt) }),
    [anchored, flagRules, renderedAt],
  );

  const upsert = useCallback((c: TClaimView) => {
    noteWrite(c.updatedAt);
    setClaims((list) => [...list.filter((x) => x.id !== c.id), c].sort(byPosition));
    if (c.withdrawn) setSelectedId((id) => (id === c.id ? null : id));
  }, []);
  const drop = useCallback((id: string) => {
    noteWrite(new Date().toISOString());
    setClaims((list) => list.filter((x) => x.id !== id));
  }, []);
  const notify = useCallback((tone: "error" | "success" | "warning", t: string) => setNotice({ tone, text: t }), []);
  const record = useClaimRecord({ apply: upsert, drop, notify });
  const mayWithdraw = useCallback((c: TClaimView) => canWithdrawClaim(actor, c), [actor]);
  const [duplicate, setDuplicate] = useState<{ existingId: string; number: number; range: TRange } | null>(null);

  const selectClaim = useCallback((id: string) => {
    if (id.startsWith("s:")) {
      setCurrentSuggestion((suggestions ?? []).find((sg) => suggestionId(sg) === id) ?? null);
      return;
    }
    setSelectedId(id);
    const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document.querySelector(`[data-claims~="${id}"]`)?.scrollIntoView({ block: "nearest", behavior: calm ? "auto" : "smooth" });
  }, [suggestions]);

  // The assistant: suggestions come from the server-side analyser; accepting one makes a
  // claim with the sourcing filled in, rejecting one records it so it does not come back.
  const loadSuggestions = useCallback(() => {
    start(async () => {
      const r = await getSuggestionsAction({ articleId: article.id });
      if (!r.ok) return setNotice({ tone: "error", text: r.error.message });
      setSuggestions(r.data.suggestions);
      setCurrentSuggestion(r.data.suggestions[0] ?? null);
    });
  }, [article.id]);

  const dropSuggestion = useCallback((sg: TSuggestion) => {
    setSuggestions((list) => {
      const next = (list ?? []).filter((x) => x !== sg);
      const after = next.find((x) => x.start >= sg.end) ?? next[0] ?? null;
      setCurrentSuggestion(after);
      return next;
    });
  }, []);

  const acceptOne = useCallback(
    async (sg: TSuggestion) => {
      const r = await createClaimAction({
        articleId: article.id, versionId: article.version.id, start: sg.start, end: sg.end, idempotencyKey: newKey(),
        sourcingType: sg.type, sourcePhrase: sg.source?.text ?? null, cue: sg.cue?.text ?? null,
      });
      if (!r.ok && r.error.code === "CONFLICT") {
        // A live claim already covers this sentence: the suggestion has nothing to add.
        dropSuggestion(sg);
        setNotice({ tone: "warning", text: r.error.message });
        return true;
      }
      if (!r.ok) {
        setNotice({ tone: "error", text: r.error.message });
        return false;
      }
      upsert(r.data);
      dropSuggestion(sg);
      return true;
    },
    [article.id, article.version.id, dropSuggestion, upsert],
  );

  // Keyboard review is fast: a key pressed while the previous suggestion is still being
  // saved waits for it instead of being dropped.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback((work: () => Promise<void>) => {
    queue.current = queue.current.then(work, work);
  }, []);

  const acceptSuggestion = useCallback(
    (sg: TSuggestion) =>
      enqueue(async () => {
        await acceptOne(sg);
      }),
    [acceptOne, enqueue],
  );

  const rejectSuggestion = useCallback(
    (sg: TSuggestion) =>
      enqueue(async () => {
        const r = await rejectSuggestionAction({ versionId: article.version.id, start: sg.start, end: sg.end });
        if (!r.ok) return setNotice({ tone: "error", text: r.error.message });
        dropSuggestion(sg);
      }),
    [article.version.id, dropSuggestion, enqueue],
  );

  const acceptAllOfType = useCallback((type: TSuggestion["type"]) => start(async () => {
    for (const sg of (suggestions ?? []).filter((x) => x.type === type)) if (!(await acceptOne(sg))) break;
  }), [acceptOne, suggestions]);

  // Focus moves to the editor only once it shows the requested claim (after React commits).
  const [focusFor, setFocusFor] = useState<string | null>(null);
  useEffect(() => {
    if (!focusFor || selected?.id !== focusFor) return;
    document.getElementById("claim-sourcingType")?.focus();
    setFocusFor(null);
  }, [focusFor, selected?.id]);
  const focusEditor = useCallback(() => setFocusFor(selectedId), [selectedId]);

  const createAt = useCallback((range: TRange, allowDuplicate: boolean) => {
    const input = { articleId: article.id, versionId: article.version.id, start: range.start, end: range.end, idempotencyKey: newKey(), allowDuplicate };
    start(async () => {
      // One retry with the same key: a lost response must not create a second claim.
      let r = await createClaimAction(input).catch(() => null);
      r ??= await createClaimAction(input).catch(() => null);
      if (!r) return setNotice({ tone: "error", text: "The claim could not be saved: the connection failed. Your selection is kept; try again." });
      if (!r.ok && r.error.code === "CONFLICT" && r.error.details) {
        const d = r.error.details as { existingClaimId: string; existingNumber: number };
        setNotice(null);
        return setDuplicate({ existingId: d.existingClaimId, number: d.existingNumber, range });
      }
      if (!r.ok) return setNotice({ tone: "error", text: r.error.message });
      upsert(r.data);
      setSelectedId(r.data.id);
      clearPending();
      setDuplicate(null);
      setNotice(null);
      setFocusFor(r.data.id);
    });
  }, [article.id, article.version.id, clearPending, upsert]);

  const addClaim = useCallback(() => {
    if (!canEdit) return setNotice({ tone: "error", text: "Viewers cannot add claims." });
    if (!pending) return setNotice({ tone: "warning", text: "Select text in the article first (mouse, or arrow keys in the text)." });
    createAt(pending, false);
  }, [canEdit, createAt, pending]);

  const step = useCallback(
    (dir: 1 | -1) => {
      if (!live.length) return;
      const i = live.findIndex((c) => c.id === selectedId);
      const next = live[i < 0 ? (dir > 0 ? 0 : live.length - 1) : (i + dir + live.length) % live.length]!;
      selectClaim(next.id);
    },
    [live, selectClaim, selectedId],
  );

  const withdrawSelected = useCallback(() => {
    if (selected && mayWithdraw(selected)) record.askWithdraw(selected);
  }, [mayWithdraw, record, selected]);

  const keys = useMemo(
    () => ({
      addClaim, nextClaim: () => step(1), prevClaim: () => step(-1), focusEditor, toggleHelp: () => setHelp((h) => !h),
      acceptSuggestion: () => (currentSuggestion ? acceptSuggestion(currentSuggestion) : undefined),
      rejectSuggestion: () => (currentSuggestion ? rejectSuggestion(currentSuggestion) : undefined),
      hasSuggestion: Boolean(currentSuggestion),
      withdrawClaim: withdrawSelected,
    }),
    [acceptSuggestion, addClaim, currentSuggestion, focusEditor, rejectSuggestion, step, withdrawSelected],
  );
  useReviewKeys(keys);

  // Sentence cursor: arrows move it, Shift+arrows extend it, Enter or C makes a claim.
  const onTextKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const forward = e.key === "ArrowDown" || e.key === "ArrowRight";
      const back = e.key === "ArrowUp" || e.key === "ArrowLeft";
      if (e.key === "Escape") return clearPending();
      if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        if (!pending && currentSuggestion) return acceptSuggestion(currentSuggestion);
        return addClaim();
      }
      if (!forward && !back) return;
      e.preventDefault();
      if (!sentences.length) return;
      const from = pending ?? cursor.current;
      if (!from) return setPending(forward ? sentences[0]! : sentences[sentences.length - 1]!);
      if (!pending) {
        const next = forward ? sentences.find((s) => s.start >= from.end) : [...sentences].reverse().find((s) => s.end <= from.start);
        return setPending(next ?? from);
      }
      if (e.shiftKey) {
        if (forward) {
          const next = sentences.find((s) => s.end > pending.end);
          if (next) setPending({ start: pending.start, end: next.end });
        } else {
          const lastInside = [...sentences].reverse().find((s) => s.end < pending.end && s.end > pending.start);
          if (lastInside) setPending({ start: pending.start, end: lastInside.end });
        }
        return;
      }
      const next = forward ? sentences.find((s) => s.start >= pending.end) : [...sentences].reverse().find((s) => s.end <= pending.start);
      if (next) setPending(next);
    },
    [acceptSuggestion, addClaim, clearPending, currentSuggestion, pending, sentences],
  );

  useEffect(() => {
    if (!pending) return;
    textRef.current?.querySelector('[class*="outline-dashed"]')?.scrollIntoView({ block: "nearest" });
  }, [pending]);

  const reattach = () => {
    if (!selected || !pending) return;
    start(async () => {
      const r = await reattachClaimAction({ claimId: selected.id, baseVersion: selected.version, start: pending.start, end: pending.end });
      if (!r.ok) return setNotice({ tone: "error", text: r.error.message });
      upsert(r.data);
      clearPending();
      setNotice({ tone: "success", text: "Claim re-attached." });
    });
  };

  const orphans = live.filter((c) => c.anchorStatus === "orphaned");

  return (
    <div className="space-y-4">
      <FreshAfterWrites renderedAt={renderedAt} />
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{article.title}</h1>
          <p className="text-sm text-slate-600">
            {[article.outlet, article.author, article.publishedAt?.slice(0, 10)].filter(Boolean).join(" · ")} · version {article.version.number}
          </p>
          <ReviewProgress claims={anchored} orphans={orphans.length} />
        </div>
        <div className="flex gap-2">
          {canEdit ? <Button onClick={addClaim} disabled={busy || !pending} title="Shortcut: C">Add claim (C)</Button> : null}
          {canEdit ? (
            <EditTextDialog
              articleId={article.id}
              text={text}
              version={article.version.number}
              onDone={(r) => {
                setNotice({ tone: r.orphaned ? "warning" : "success", text: `Version ${r.version} saved: ${r.kept} claims unchanged, ${r.moved} moved with their text, ${r.orphaned} orphaned.` });
                clearPending();
                router.refresh();
              }}
            />
          ) : null}
          {canEdit ? <Button variant="secondary" onClick={loadSuggestions} disabled={busy}>Suggest claims</Button> : null}
          {canEdit ? <ArticleRecordDialog article={article} role={actor.role} /> : null}
          <a href={`/articles/${article.id}/report`} className="rounded-md px-3 py-1.5 text-sm text-blue-800 hover:bg-slate-100">Report</a>
          <Button variant="ghost" onClick={() => setHelp((h) => !h)} aria-expanded={help}>Shortcuts (?)</Button>
        </div>
      </header>
      {redFlags.length ? (
        <section aria-label="Red flags" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="article-red-flags">
          <strong>Red flags:</strong> {redFlags.map((f) => `⚑ ${RED_FLAG_LABELS[f]}`).join(" · ")}
        </section>
      ) : null}
      {article.archivedAt ? (
        <Alert tone="info" title="Archived">This article is archived: it is hidden from the dashboard and the team's totals until it is restored (Article details).</Alert>
      ) : null}
      {help ? <ShortcutHelp /> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {duplicate ? (
        <DuplicateNotice
          number={duplicate.number}
          busy={busy}
          onOpen={() => {
            selectClaim(duplicate.existingId);
            clearPending();
            setDuplicate(null);
          }}
          onAddAnyway={() => createAt(duplicate.range, true)}
          onCancel={() => setDuplicate(null)}
        />
      ) : null}
      <WithdrawDialog claim={record.confirming} busy={record.busy} onConfirm={record.withdraw} onCancel={record.cancel} />
      <SourcingLegend />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div ref={textRef}>
          <ArticleText text={text} highlights={highlights} selectedId={selectedId} pending={pending} onSelectClaim={selectClaim} onSelectText={setPending} onKeyDown={onTextKeyDown} currentSuggestionId={currentSuggestion ? suggestionId(currentSuggestion) : null} />
        </div>
        <aside aria-label="Claims" className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-auto">
          {suggestions ? (
            <SuggestionPanel
              text={text}
              suggestions={suggestions}
              current={currentSuggestion}
              busy={busy}
              onAccept={acceptSuggestion}
              onReject={rejectSuggestion}
              onAcceptAllOfType={acceptAllOfType}
              onSelect={setCurrentSuggestion}
              onClose={() => { setSuggestions(null); setCurrentSuggestion(null); }}
            />
          ) : null}
          {orphans.length ? (
            <Alert tone="warning" title={`${orphans.length} orphaned claim${orphans.length > 1 ? "s" : ""}`}>
              Their text is gone from this version. Open one, select its new text in the article, and re-attach it.
            </Alert>
          ) : null}
          <ClaimList claims={live} selectedId={selectedId} onSelect={selectClaim} />
          {selected ? (
            <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-3">
              {selected.anchorStatus === "orphaned" && canEdit ? (
                <Button variant="secondary" onClick={reattach} disabled={!pending || busy}>Re-attach to the selected text</Button>
              ) : null}
              <ClaimEditor key={`editor:${selected.id}`} claim={selected} ratings={data.ratings} members={data.members} actor={actor} onSaved={upsert} />
              {mayWithdraw(selected) ? (
                <Button variant="ghost" className="text-red-800" onClick={() => record.askWithdraw(selected)} disabled={record.busy} title="Shortcut: Delete">
                  Withdraw claim #{selected.number}…
                </Button>
              ) : null}
              <ClaimExtras key={`extras:${selected.id}`} claim={selected} canEdit={canEdit} onEvidenceChanged={() => router.refresh()} />
            </div>
          ) : null}
          <WithdrawnClaims
            claims={withdrawn}
            busy={record.busy}
            canRestore={mayWithdraw}
            canDelete={can(actor.role, "claim.delete")}
            onRestore={record.restore}
            onDelete={record.remove}
          />
        </aside>
      </div>
    </div>
  );
}
