// The linebreak package (UAX #14, also pdfkit's line breaker) ships no types.
declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: break before `position`; `required` after a line break character. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
