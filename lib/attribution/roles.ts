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

import { isCap, type TToken } from "./text";

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
  republican republicans democrat democrats democratic gop
`);

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

export function isRoleToken(tokens: TToken[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  const w = t.lower;
  if (OFFICE_ROLES.has(w)) {
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
  for (let i = 0; i < tokens.length; i++) if (isRoleToken(tokens, i)) return true;
  return false;
}

// A surname used to name a campaign or a government marks a politician:
// "the Ruiz campaign", "Ruiz's administration", "Ruiz supporters".
const POLITICAL_NOUNS = set("campaign campaigns administration government presidency cabinet candidacy supporters rally rallies camp aides");

const PARTY_STATE = /(\p{Lu}[\p{L}'’-]+)\s*\((?:R|D|I)\s*[-–,]/gu;

// Surnames introduced with a role so far in the article.
export class Roles {
  private readonly surnames = new Set<string>();

  has(surname: string): boolean {
    return this.surnames.has(surname);
  }

  // Records the people this sentence introduces with a role.
  observe(sentence: string, tokens: TToken[]): void {
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      if (!isRoleToken(tokens, i)) continue;
      // Title before the name: "Secretary of State John Kerry", "Sen. Ted Cruz".
      let j = i + 1;
      if (tokens[j]?.t === ".") j++;
      if (tokens[j]?.lower === "of" && tokens[j + 1] && isCap(tokens[j + 1]!.t)) j += 2;
      else if (tokens[j]?.lower === "of" && tokens[j + 1]?.lower === "the" && tokens[j + 2] && isCap(tokens[j + 2]!.t)) j += 3;
      let last = "";
      for (let k = 0; k < 4 && j < n; k++, j++) {
        const t = tokens[j]!;
        if (t.t === "." && k > 0) continue;
        if (!(t.word && isCap(t.t))) break;
        last = t.t;
      }
      if (last) this.surnames.add(last);
      // Name before an appositive role: "Ruiz, the agency's director, ...".
      let k = i - 1;
      while (k >= 0 && i - k <= 6 && tokens[k]!.t !== ",") k--;
      if (k > 0 && tokens[k]!.t === "," && tokens[k - 1]!.word && isCap(tokens[k - 1]!.t)) {
        const between = tokens.slice(k + 1, i);
        if (!between.some((t) => t.t === "." || t.t === ";" || t.lower === "and" || t.lower === "who")) this.surnames.add(tokens[k - 1]!.t);
      }
    }
    for (let i = 0; i + 1 < n; i++) {
      const t = tokens[i]!;
      if (!(t.word && isCap(t.t)) || i === 0) continue;
      let k = i + 1;
      if (/^(?:'s|’s)$/.test(tokens[k]!.t)) k++;
      const name = t.t.replace(/(?:'s|’s)$/, "");
      if (POLITICAL_NOUNS.has(tokens[k]?.lower ?? "") && !OFFICE_ROLES.has(name.toLowerCase())) this.surnames.add(name);
    }
    if (sentence.includes("(")) {
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
    if (t.word && isCap(t.t) && !possessive && !OFFICE_ROLES.has(t.lower)) last = t.t;
  }
  return last;
}
