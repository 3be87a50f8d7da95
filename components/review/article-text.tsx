"use client";

// The reading view. The text is rendered as flat spans in one pre-wrap block whose
// text content equals the article version's text exactly, so a DOM selection maps
// to character offsets by measuring a Range — no guessing across paragraphs.
// Tags beside highlights are CSS ::before content (app/globals.css, .sb-reading), which
// is not part of that text.
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { SOURCING_TAGS } from "@/lib/claims/labels";
import type { THighlight } from "@/lib/review/highlights";
import type { TRange } from "@/lib/review/sentence-cursor";
import { INTERACTIVE_MARK } from "./interactive-mark";
import { computeSegments } from "./segments";
import { HIGHLIGHT_CLASS } from "./sourcing-style";

type TProps = {
  text: string;
  highlights: THighlight[];
  selectedId: string | null;
  pending: TRange | null;
  onSelectClaim: (id: string) => void;
  currentSuggestionId?: string | null;
  onSelectText: (range: TRange | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
};

function rangeOffsets(container: HTMLElement, range: Range): TRange | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

// The claim editor hands focus back here (Esc) by this id.
export const ARTICLE_TEXT_ID = "article-text";

export const ArticleText = memo(function ArticleText({ text, highlights, selectedId, pending, onSelectClaim, onSelectText, onKeyDown, currentSuggestionId }: TProps) {
  const ref = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => {
    const spans = highlights.map((h) => ({ id: h.id, start: h.start, end: h.end }));
    if (pending) spans.push({ id: "__pending", start: pending.start, end: pending.end });
    return computeSegments(text.length, spans);
  }, [text.length, highlights, pending]);

  // Hydrated: from here on the highlights answer clicks and keys. The browser benchmark
  // times the page by this mark, and tests can wait for the attribute.
  useEffect(() => {
    ref.current?.setAttribute("data-interactive", "true");
    if (!performance.getEntriesByName(INTERACTIVE_MARK).length) performance.mark(INTERACTIVE_MARK);
  }, []);

  // The sentence cursor stays in view as the arrows move it through a long article.
  useEffect(() => {
    if (!pending) return;
    ref.current?.querySelector("[data-pending]")?.scrollIntoView({ block: "nearest" });
  }, [pending]);

  const onMouseUp = useCallback(() => {
    const sel = window.getSelection();
    if (!ref.current || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    onSelectText(rangeOffsets(ref.current, sel.getRangeAt(0)));
  }, [onSelectText]);

  // On a touch screen the selection is made with the system's handles after the finger
  // has lifted, so there it is read as it changes; a mouse still commits on mouseup only.
  const touch = useRef(false);
  const onPointerDown = useCallback((e: PointerEvent<HTMLDivElement>) => {
    touch.current = e.pointerType === "touch";
  }, []);
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      const el = ref.current;
      if (!touch.current || !el || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      if (!el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return;
      onSelectText(rangeOffsets(el, sel.getRangeAt(0)));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [onSelectText]);

  return (
    <div
      ref={ref}
      role="document"
      aria-label="Article text. Arrow keys move a sentence cursor, Shift extends it, C adds a claim."
      tabIndex={0}
      id={ARTICLE_TEXT_ID}
      data-testid="article-text"
      onMouseUp={onMouseUp}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      className="sb-reading whitespace-pre-wrap break-words rounded-lg bg-white p-6 font-serif text-[1.05rem] leading-8 shadow-sm"
    >
      {segments.map((seg) => {
        const chunk = text.slice(seg.start, seg.end);
        const all = seg.ids.filter((id) => id !== "__pending").map((id) => byId.get(id)!);
        const isPending = seg.ids.includes("__pending");
        if (!all.length && !isPending) return chunk;
        const claimsHere = all.filter((h) => !h.suggestion && !h.mark);
        const suggestion = all.find((h) => h.suggestion);
        const marks = all.filter((h) => h.mark);
        const ids = claimsHere.map((h) => h.id);
        const inner = claimsHere[claimsHere.length - 1];
        const starts = seg.startsHere.filter((id) => id !== "__pending").map((id) => byId.get(id)!).filter((h) => !h.mark);
        const tag = starts.map((h) => (h.suggestion ? `SUGGESTED ${h.type ? SOURCING_TAGS[h.type] : ""}` : h.type ? SOURCING_TAGS[h.type] : "NEW")).join(" · ");
        const selected = selectedId !== null && ids.includes(selectedId);
        const cls = [
          inner ? HIGHLIGHT_CLASS[inner.type ?? "untagged"] : "",
          suggestion ? "border-b-2 border-dashed border-slate-600 bg-slate-100/70" : "",
          suggestion && suggestion.id === currentSuggestionId ? "outline-2 outline-dashed outline-offset-1 outline-violet-700" : "",
          marks.some((m) => m.mark === "cue") ? "font-semibold underline decoration-2 decoration-solid underline-offset-4" : "",
          marks.some((m) => m.mark === "source") ? "underline decoration-2 decoration-double underline-offset-4" : "",
          ids.length > 1 ? "ring-1 ring-inset ring-slate-500" : "",
          selected ? "outline-2 outline-offset-0 outline-blue-700" : "",
          isPending ? "outline-2 outline-dashed outline-slate-800" : "",
        ].filter(Boolean).join(" ");
        return (
          <span
            key={seg.start}
            data-claims={ids.join(" ")}
            data-suggestion={suggestion?.id}
            data-mark={marks.map((m) => m.mark).join(" ") || undefined}
            data-tag={tag || undefined}
            data-depth={ids.length}
            data-pending={isPending || undefined}
            className={cls || undefined}
            onClick={(e) => {
              const sel = window.getSelection();
              if (sel && !sel.isCollapsed) return;
              const target = ids.length ? ids[ids.length - 1]! : suggestion?.id;
              if (!target) return;
              e.stopPropagation();
              onSelectClaim(target);
            }}
          >
            {chunk}
          </span>
        );
      })}
    </div>
  );
});
