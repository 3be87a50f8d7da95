// Report builders for the export tests (not a test file itself): every test starts
// from the same plausible data and overrides only the fields it is about.
import type { TReport, TReportArticle, TReportClaim } from "./report-types";

let seq = 0;

export function makeClaim(over: Partial<TReportClaim> = {}): TReportClaim {
  seq++;
  return {
    id: `c${seq}`,
    number: 1,
    quote: "The council spent $4m on the bridge.",
    start: 0,
    end: 36,
    sourcingType: "named_person",
    sourcePhrase: "Mayor Jane Ito",
    cue: "said",
    identification: "full",
    groundRules: "on_record",
    anonymityReason: null,
    hand: "first_hand",
    sourceCount: 1,
    status: "approved",
    rating: { label: "True", value: 5 },
    rationale: "Matches the 2023 budget.",
    evidence: [{ url: "https://example.org/budget.pdf", note: "Budget, p. 12" }],
    reviewer: "Ana Reviewer",
    approver: "Bo Editor",
    decidedAt: "2024-05-01T10:00:00.000Z",
    approvedAt: "2024-05-02T09:30:00.000Z",
    createdAt: "2024-04-30T08:00:00.000Z",
    updatedAt: "2024-05-02T09:30:00.000Z",
    ...over,
  };
}

export function makeArticle(over: Partial<TReportArticle> = {}): TReportArticle {
  return {
    id: "a1",
    title: "Bridge costs soar",
    outlet: "The Daily Example",
    author: "Sam Writer",
    url: "https://news.example.com/bridge",
    publishedAt: "2024-04-29T06:00:00.000Z",
    version: 2,
    publicUrl: null,
    claims: [makeClaim()],
    needsReattaching: 0,
    ...over,
  };
}

export function makeReport(over: Partial<TReport> = {}): TReport {
  return {
    team: { id: "t1", name: "Example Fact Desk", url: "https://factdesk.example.com" },
    generatedAt: "2024-05-10T12:00:00.000Z",
    appUrl: "https://sourcebench.example.com",
    scale: { best: 5, worst: 1 },
    articles: [makeArticle()],
    ...over,
  };
}

/** A name and a quote in each script the PDF must print, plus emoji; shared by the PDF tests and its benchmark. */
export const SCRIPT_SAMPLES = [
  { script: "Polish", rtl: false, name: "Łukasz Zółć", quote: "Budżet mostu wzrósł o 30% — powiedział Łukasz Zółć z Łodzi." },
  { script: "Greek", rtl: false, name: "Γιώργος Παπαδόπουλος", quote: "Ο προϋπολογισμός της γέφυρας αυξήθηκε κατά 30%, είπε ο δήμαρχος." },
  { script: "Russian", rtl: false, name: "Анна Кузнецова", quote: "Бюджет моста вырос на 30 процентов, заявила Анна Кузнецова." },
  { script: "Arabic", rtl: true, name: "محمد عبد الله", quote: "قال المسؤول إن تكلفة الجسر ارتفعت بنسبة ٣٠ في المئة." },
  { script: "Hebrew", rtl: true, name: "דוד כהן", quote: "ראש העירייה אמר שעלות הגשר עלתה ב-30 אחוז." },
  { script: "Hindi", rtl: false, name: "प्रिया शर्मा", quote: "महापौर ने कहा कि पुल की लागत 30 प्रतिशत बढ़ गई।" },
  { script: "Chinese", rtl: false, name: "王小明", quote: "市长说，大桥的成本增加了百分之三十。" },
  { script: "Japanese", rtl: false, name: "山田太郎", quote: "市長は「橋の費用が三割増えた」と述べた。" },
  { script: "Emoji", rtl: false, name: "Desk 🙂", quote: "The mayor answered 👍 and 🎉, then ⚑ flagged it." },
] as const;
