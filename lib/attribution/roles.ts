// Named people speaking in a public role are `official` (issue 17, rule 5):
// a named spokesperson, minister, prosecutor, police chief, agency head,
// company executive, politician or candidate. `named_person` stays for
// people speaking for themselves or a private party (witnesses, relatives,
// private litigants and their lawyers, analysts).
//
// The role is read from the source phrase itself ("White House spokesman Ann
// Lee") or from how the article introduced the person earlier ("Lee, the
// agency's director, ..."; "Sen. Ann Lee (D-Ore.)"). Roles are recorded
// sentence by sentence as the analyser moves forward, so resolution only ever
// looks backwards; the headline is not an introduction.

import { isCap, tokenize, type TToken } from "./text";

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

// Words that make a named person an office-holder or a public voice.
// Deliberately absent: lawyer, attorney (alone), analyst, economist,
// professor, author, witness, resident: they speak for themselves or a client.
export const OFFICE_ROLES = set(`
  minister ministers secretary spokesman spokeswoman spokesperson spokespeople press
  senator sen senators rep reps representative congressman congresswoman congressmen lawmaker lawmakers legislator
  assemblyman assemblywoman councilman councilwoman councilor councillor alderman
  governor gov governors mayor president vice-president president-elect premier chancellor
  ambassador envoy diplomat commissioner director chairman chairwoman chair chairperson
  ceo cfo coo cto executive prosecutor prosecutors sheriff commander general admiral
  colonel lieutenant sergeant captain judge justice speaker leader whip candidate nominee
  front-runner frontrunner hopeful contender challenger incumbent superintendent treasurer
  comptroller administrator aide aides adviser advisor chief official officials officer
  attorney-general
`);
// Party words make a politician only right before the name ("Republican Ann
// Lee"); "Lee, a Republican, said" is a voter as much as a politician.
const PARTY_WORDS = set("republican republicans democrat democrats democratic gop");
// A former office-holder speaks for themself ("the former mayor").
const FORMER = set("former ex ex- onetime retired");
const ELECTED = set("president vice-president senator sen governor gov congressman congresswoman representative rep premier chancellor");

// Roles of people who speak for themselves even with a title ("chief
// economist at X", "a Republican consultant"): never an office.
const PERSONAL_ROLES = /^(?:economists?|analysts?|strategists?|consultants?|researchers?|research|professors?|scholars?|pollsters?|commentators?|columnists?|correspondents?|historians?|authors?|voters?|supporters?|donors?|activists?|lawyers?)$/;

// "campaign manager", "general counsel": a role only after these words.
const COMPOUND_ROLES = new Map([
  ["manager", set("campaign")],
  ["counsel", set("general white house")],
  ["attorney", set("district u.s. state city county")],
  ["member", set("council board committee parliament cabinet assembly congress")],
]);

// One lookup per word on the hot path: 1 office, 2 party, 3 compound.
const ROLE_KIND = new Map<string, number>();

export function isRoleToken(tokens: TToken[], i: number, party = false): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  const w = t.lower;
  const kind = ROLE_KIND.get(w);
  if (kind === undefined) return false;
  if (kind === 2) return party;
  if (kind === 1) {
    // A former president, governor or senator is still a politician (in
    // political news, often a candidate): the guide types them official.
    // Not "the former president of the NAACP" or "a former HP vice president".
    const elected = ELECTED.has(w) && tokens[i + 1]?.lower !== "of";
    for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
      if (FORMER.has(tokens[k]!.lower) && (!elected || tokens.slice(k + 1, i).some((x) => x.t.length > 1 && x.t === x.t.toUpperCase() && /\p{Lu}/u.test(x.t)))) return false;
    }
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (PERSONAL_ROLES.test(tokens[k]!.lower)) return false;
    return true;
  }
  const need = COMPOUND_ROLES.get(w);
  return need !== undefined && need.has(tokens[i - 1]?.lower ?? "");
}

// Does the phrase itself name a role ("Defence Minister Ana Ruiz", "Ruiz,
// the agency's director")?
export function phraseHasRole(tokens: TToken[]): boolean {
  if (tokens.some((t) => PERSONAL_ROLES.test(t.lower))) return false;
  for (let i = 0; i < tokens.length; i++) if (isRoleToken(tokens, i, i + 1 < tokens.length && isCap(tokens[i + 1]!.t))) return true;
  return false;
}

// A surname used to name a campaign or a government marks a politician:
// "the Ruiz campaign", "Ruiz's administration", "Ruiz supporters".
const POLITICAL_NOUNS = set(
  "campaign campaigns administration government presidency cabinet candidacy supporters rally rallies camp aides bid run rival rivals surrogate surrogates backers delegates running ticket nomination victory presidential white",
);

for (const w of COMPOUND_ROLES.keys()) ROLE_KIND.set(w, 3);
for (const w of PARTY_WORDS) ROLE_KIND.set(w, 2);
for (const w of OFFICE_ROLES) ROLE_KIND.set(w, 1);

const isPossessive = (t: string) => t === "'s" || t === "’s";
const stripPossessive = (t: string) => (t.endsWith("'s") || t.endsWith("’s") ? t.slice(0, -2) : t);

const PROMINENT_PARTY = 4;
const PARTY_NAMES = ["Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP"];
const WINDOW = 20_000;
const PROMINENT_MENTIONS = 5;

const PARTY_STATE = /(\p{Lu}[\p{L}'’-]+)\s*\((?:R|D|I)\s*[-–,]/gu;

// Surnames introduced with a role so far in the article.
export class Roles {
  private readonly surnames = new Set<string>();
  // The article's text and sentences. A name's mentions, the party words and
  // the later sentences that mention a name are read only when a named
  // speaker has no role yet, and only within WINDOW characters of where it
  // speaks: an article's length, so a pasted book costs linear time.
  private text = "";
  private spans: ReadonlyArray<{ start: number; end: number; text: string }> = [];
  private readonly seen = new Set<number>();
  private readonly looked = new Map<string, boolean>();
  private readonly party = new Map<number, number>();
  private skip = -1;

  attach(text: string, spans: ReadonlyArray<{ start: number; end: number; text: string }>, skip: number): void {
    this.text = text;
    this.spans = spans;
    this.skip = skip;
  }

  // Observes sentence i once (the main pass and look-ahead share the work).
  observeAt(i: number, tokens: TToken[]): void {
    if (this.seen.has(i)) return;
    this.seen.add(i);
    if (i !== this.skip) this.observe(this.spans[i]!.text, tokens);
  }

  private count(word: string, from: number, to: number): number {
    let n = 0;
    const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    // Searched in a slice (V8 shares the characters) so a missing word does
    // not send indexOf to the end of a long text.
    const w = this.text.slice(from, to);
    for (let k = w.indexOf(word); k >= 0; k = w.indexOf(word, k + word.length)) {
      if (!letter(w.charCodeAt(k - 1)) && !letter(w.charCodeAt(k + word.length))) n++;
    }
    return n;
  }

  // For the learned re-typer's features: mentions of a name and party words
  // within WINDOW characters of `at`.
  mentionsNear(surname: string, at: number): number {
    return surname === "" ? 0 : this.count(surname, Math.max(0, at - WINDOW), Math.min(this.text.length, at + WINDOW));
  }

  // Party words around `at`, counted once per stretch of WINDOW characters.
  partyNear(at: number): number {
    const b = Math.floor(at / WINDOW);
    let party = this.party.get(b);
    if (party === undefined) {
      party = 0;
      const from = Math.max(0, (b - 1) * WINDOW);
      const to = Math.min(this.text.length, (b + 2) * WINDOW);
      for (const w of PARTY_NAMES) party += this.count(w, from, to);
      this.party.set(b, party);
    }
    return party;
  }

  // Was this person introduced with a role anywhere in the article (issue 17,
  // rule 5), or, in political news (party words), is it the name the article
  // keeps returning to? `at` is where the person speaks.
  hasAnywhere(surname: string, at: number): boolean {
    if (this.surnames.has(surname)) return true;
    if (surname === "") return false;
    let known = this.looked.get(surname);
    if (known !== undefined) return known || this.surnames.has(surname);
    const from = Math.max(0, at - WINDOW);
    const to = Math.min(this.text.length, at + WINDOW);
    // The first sentence ending after `at`, by binary search.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    let i = lo;
    const ahead = this.text.slice(at, to);
    for (let j = ahead.indexOf(surname); j >= 0; j = ahead.indexOf(surname, j + surname.length)) {
      const k = at + j;
      while (i < this.spans.length && this.spans[i]!.end <= k) i++;
      if (i >= this.spans.length) break;
      if (!this.seen.has(i) && this.spans[i]!.start <= k) this.observeAt(i, tokenize(this.spans[i]!.text));
    }
    known = this.surnames.has(surname);
    if (!known && this.count(surname, from, to) >= PROMINENT_MENTIONS) known = this.partyNear(at) >= PROMINENT_PARTY;
    this.looked.set(surname, known);
    return known;
  }

  has(surname: string): boolean {
    return this.surnames.has(surname);
  }

  // Records the people this sentence introduces with a role. Runs on every
  // sentence, so it only stops at capitalised words (names) and looks at
  // their neighbours: a role just before or inside the name ("spokesman Ned
  // Carter", "Sen. Ann Lee", "Secretary of State John Kerry"), an appositive
  // role after it ("Lee, the agency's director"), or a campaign or
  // government named after it ("the Lee campaign", "Lee's administration").
  observe(sentence: string, tokens: TToken[]): void {
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      const tk = tokens[i]!;
      const c0 = tk.t.charCodeAt(0);
      if (!tk.word || !(c0 >= 65 && c0 <= 90 ? true : c0 > 127 && isCap(tk.t))) {
        i++;
        continue;
      }
      // The run of capitalised words (initials and "of" inside allowed).
      let j = i;
      let roleInside = isRoleToken(tokens, i, true);
      let last = roleInside ? "" : tk.t;
      while (j + 1 < n) {
        const t = tokens[j + 1]!;
        if (t.word && isCap(t.t)) {
          j++;
          if (isRoleToken(tokens, j, true)) roleInside = true;
          else last = t.t;
        } else if ((t.t === "." || t.lower === "of") && tokens[j + 2]?.word && isCap(tokens[j + 2]!.t)) j++;
        else break;
      }
      const before = tokens[i - 1]?.t === "." ? i - 2 : i - 1;
      const name = stripPossessive(last);
      if (name !== "" && (roleInside || (before >= 0 && isRoleToken(tokens, before, true)))) this.surnames.add(name);
      const after = tokens[j + 1];
      if (name !== "" && after) {
        const k = isPossessive(after.t) ? j + 2 : stripPossessive(tokens[j]!.t) !== tokens[j]!.t ? j + 1 : -1;
        if (POLITICAL_NOUNS.has(after.lower) || (k > 0 && POLITICAL_NOUNS.has(tokens[k]?.lower ?? ""))) this.surnames.add(name);
        if (after.t === ",") {
          for (let m = j + 2; m < n && m <= j + 8; m++) {
            const t = tokens[m]!;
            if (t.t === "," || t.t === "." || t.t === ";" || t.lower === "and" || t.lower === "who") break;
            if (isRoleToken(tokens, m)) {
              this.surnames.add(name);
              break;
            }
          }
        }
      }
      i = j + 1;
    }
    if (sentence.includes("(") && /\((?:R|D|I)\s*[-–,]/.test(sentence)) {
      PARTY_STATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PARTY_STATE.exec(sentence)) !== null) this.surnames.add(m[1]!);
    }
  }
}

// The surname of a named source phrase: the last capitalised word before any
// comma or relative clause ("Ann Lee, who ..." → "Lee").
// A possessive ("Tran's lawyer, Stephen Odum") names someone else, so the
// search goes on past the comma until a name is found.
export function surnameOf(tokens: TToken[]): string {
  let last = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.t === "," && last) || t.lower === "who" || t.t === "(") break;
    const possessive = /(?:'s|’s)$/.test(t.t) || /^(?:'s|’s|')$/.test(tokens[i + 1]?.t ?? "");
    if (t.word && isCap(t.t) && !possessive && !OFFICE_ROLES.has(t.lower) && !PARTY_WORDS.has(t.lower)) last = t.t;
  }
  return last;
}
