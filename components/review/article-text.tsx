"use client";

// The reading view. The text is rendered as flat spans in one pre-wrap block whose
// text content equals the article version's text exactly, so a DOM selection maps
// to character offsets by measuring a Range — no guessing across paragraphs.
// Tags beside highlights are CSS ::before content, which is not part of that text.
import { memo, useCallback, useMemo, useRef, type KeyboardEvent } from "react";
import { SOURCING_TAGS } from "@/lib/claims/labels";
import type { TSourcingType } from "@/lib/claims/schemas";
import { computeSegments } from "./segments";
import { HIGHLIGHT_CLASS } from "./sourcing-style";

export type THighlight = { id: string; start: number; end: number; type: TSourcingType | null; suggestion?: boolean };
export type TRange = { start: number; end: number };

type TProps = {
  text: string;
  highlights: THighlight[];
  selectedId: string | null;
  pending: TRange | null;
  onSelectClaim: (id: string) => void;
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

export const ArticleText = memo(function ArticleText({ text, highlights, selectedId, pending, onSelectClaim, onSelectText, onKeyDown }: TProps) {
  const ref = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => {
    const spans = highlights.map((h) => ({ id: h.id, start: h.start, end: h.end }));
    if (pending) spans.push({ id: "__pending", start: pending.start, end: pending.end });
    return computeSegments(text.length, spans);
  }, [text.length, highlights, pending]);

  const onMouseUp = useCallback(() => {
    const sel = window.getSelection();
    if (!ref.current || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    onSelectText(rangeOffsets(ref.current, sel.getRangeAt(0)));
  }, [onSelectText]);

  return (
    <div
      ref={ref}
      role="document"
      aria-label="Article text. Arrow keys move a sentence cursor, Shift extends it, C adds a claim."
      tabIndex={0}
      data-testid="article-text"
      onMouseUp={onMouseUp}
      onKeyDown={onKeyDown}
      className="whitespace-pre-wrap break-words rounded-lg bg-white p-6 font-serif text-[1.05rem] leading-8 shadow-sm"
    >
      {segments.map((seg) => {
        const chunk = text.slice(seg.start, seg.end);
        const ids = seg.ids.filter((id) => id !== "__pending");
        const isPending = seg.ids.includes("__pending");
        if (!ids.length && !isPending) return chunk;
        const inner = ids.length ? byId.get(ids[ids.length - 1]!) : undefined;
        const starts = seg.startsHere.filter((id) => id !== "__pending").map((id) => byId.get(id)!);
        const tag = starts.map((h) => (h.suggestion ? `? ${h.type ? SOURCING_TAGS[h.type] : ""}` : h.type ? SOURCING_TAGS[h.type] : "NEW")).join(" · ");
        const selected = selectedId !== null && ids.includes(selectedId);
        const cls = [
          inner ? (inner.suggestion ? "border-b-2 border-dashed border-slate-500" : HIGHLIGHT_CLASS[inner.type ?? "untagged"]) : "",
          ids.length > 1 ? "ring-1 ring-inset ring-slate-500" : "",
          selected ? "outline-2 outline-offset-0 outline-blue-700" : "",
          isPending ? "outline-2 outline-dashed outline-slate-800" : "",
          tag ? "before:mr-0.5 before:rounded before:bg-slate-800 before:px-1 before:align-super before:font-sans before:text-[0.6rem] before:font-semibold before:text-white before:content-[attr(data-tag)]" : "",
          "cursor-pointer rounded-sm",
        ].join(" ");
        return (
          <span
            key={seg.start}
            data-claims={ids.join(" ")}
            data-tag={tag || undefined}
            data-depth={ids.length}
            className={cls}
            onClick={(e) => {
              if (!ids.length) return;
              const sel = window.getSelection();
              if (sel && !sel.isCollapsed) return;
              e.stopPropagation();
              onSelectClaim(ids[ids.length - 1]!);
            }}
          >
            {chunk}
          </span>
        );
      })}
    </div>
  );
});
