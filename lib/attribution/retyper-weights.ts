// The learned re-typer, as data written by bench/train-retyper.ts (--write). A TypeScript
// module, not JSON: every loader the analyser runs under (Next, workers, tsx, Playwright)
// reads it without import attributes.
import type { TRetyperModel } from "./retyper";

export const RETYPER_NOTE = "No weights: the re-typer did not beat the rules in 5-fold cross-validation by article on the tune split (rules typed micro-F1 53.3; re-typer 49.5-52.3 over epochs 1-10, rule prior 0-5, feature ablations), so the analyser runs on the rules alone. Retrain with `npx tsx bench/train-retyper.ts --write`.";

export const RETYPER_WEIGHTS: TRetyperModel = {"classes":["anonymous","official","named_person","documents","media_report"],"prior":0,"weights":{}};
