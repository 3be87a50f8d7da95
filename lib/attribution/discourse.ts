// Carry-over: sentences that lean on an earlier source ("The same sources
// said", "he added", "According to the reports cited") take the type of the
// source they point back to. Keeps a short history of attributed sentences
// and resolves each kind of back-reference against it.

import type { TSourcingType } from "./index";
import type { TKind, TRef } from "./source";

// `who` is the underlying speaker as first named ("Ann Lee" for a later "she").
type THistory = { index: number; type: TSourcingType; kind: TKind; named: boolean; source: string; who?: string; whoNamed?: boolean };
export type TResolved = { type: TSourcingType; found: boolean; who?: string; whoNamed?: boolean };

const WINDOW = 12;
const PLURAL_SOURCE =
  /^(?:they|them|all|both|two|three|four|several|some|many|multiple|\w+\s+of\s+them)\b|\b(?:people|sources|officials|aides|diplomats|police|authorities|prosecutors|investigators|witnesses|residents|\w+ers|\w+ists)\b/i;
const REPORTISH = /\b(?:reports?|article|newspaper|outlet|broadcaster|magazine|media)\b/i;

export class Discourse {
  private items: THistory[] = [];

  constructor(private readonly namesKnown: () => boolean) {}

  push(item: THistory): void {
    this.items.push(item);
  }

  private recent(index: number, test: (h: THistory) => boolean, window = WINDOW): THistory | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const h = this.items[i]!;
      if (index - h.index > window) return undefined;
      if (test(h)) return h;
    }
    return undefined;
  }

  // Returns the type the back-reference stands for and whether an earlier
  // source was actually found for it.
  resolve(ref: TRef, index: number, phrase: string): TResolved {
    const r: TResolved = this.resolveType(ref, index, phrase);
    const h = this.last;
    if (r.found && h) {
      r.who = h.who ?? h.source;
      r.whoNamed = h.whoNamed ?? h.named;
    }
    return r;
  }

  // The history item the last resolveType() call settled on.
  private last: THistory | undefined;

  private resolveType(ref: TRef, index: number, phrase: string): { type: TSourcingType; found: boolean } {
    this.last = undefined;
    const pick = (h: THistory | undefined, fallback: TSourcingType) => {
      this.last = h;
      return h ? { type: h.type, found: true } : { type: fallback, found: false };
    };
    switch (ref) {
      case "person":
        return pick(
          this.recent(index, (h) => h.kind === "person" || (h.type === "anonymous" && !PLURAL_SOURCE.test(h.source)) || /spokes/i.test(h.source)),
          "named_person",
        );
      case "plural":
        return pick(
          this.recent(index, (h) => h.kind === "people" || (h.kind === "institution" && PLURAL_SOURCE.test(h.source)) || PLURAL_SOURCE.test(h.source)),
          "anonymous",
        );
      case "it":
        return pick(this.recent(index, (h) => h.kind === "institution" || h.kind === "outlet" || h.kind === "document"), "official");
      case "anon": {
        const h = this.recent(index, (x) => x.type === "anonymous");
        this.last = h;
        return h ? { type: "anonymous", found: true } : { type: "anonymous", found: false };
      }
      case "report":
        return pick(
          this.recent(index, (h) => h.kind === "outlet" || REPORTISH.test(h.source), Infinity),
          /report/i.test(phrase) ? "documents" : "media_report",
        );
      case "doc":
        return pick(this.recent(index, (h) => h.kind === "document" || h.kind === "writer"), "documents");
      case "title": {
        const h = this.recent(index, (x) => x.kind === "person" && x.named);
        this.last = h;
        // The title inherits the person's type as introduced (issue 17, rule 2).
        if (h) return { type: h.type, found: true };
        return { type: this.namesKnown() ? "named_person" : "official", found: false };
      }
    }
  }
}
