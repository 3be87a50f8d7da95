// The JSON API's own answers. Each route parses what its data function returns through
// one of these schemas, so a change to a page's data (or to a data function's DTO)
// cannot silently change what integrations receive: a missing field fails the contract
// tests, an extra one is dropped. The README's API section is rendered from `API_ROUTES`.
import { z } from "zod";
import { CLAIM_STATUSES, GROUND_RULES, HANDS, IDENTIFICATIONS, SOURCING_TYPES } from "@/lib/claims/schemas";
import { ERROR_STATUS } from "@/lib/errors";
import { EXPORT_FORMATS, exportFormatsFor } from "@/lib/exports/export-formats";

const ZIso = z.string().describe("ISO 8601 time");
const ZSpanText = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });

export const ZApiError = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...Array<keyof typeof ERROR_STATUS>]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export const ZApiHealth = z.object({ ok: z.literal(true) });

export const ZApiArticleVersion = z.object({ id: z.uuid(), number: z.number().int(), text: z.string() });

export const ZApiCreatedArticle = z.object({ id: z.uuid(), version: ZApiArticleVersion });

export const ZApiCapture = z.object({
  id: z.uuid(),
  requestedUrl: z.string(),
  finalUrl: z.string(),
  host: z.string(),
  httpStatus: z.number().int(),
  fetchedAt: ZIso,
  sha256: z.string(),
  bodyBytes: z.number().int(),
});

export const ZApiUrlImport = z.object({
  captureId: z.uuid(),
  text: z.string(),
  meta: z.object({ title: z.string().nullable(), author: z.string().nullable(), outlet: z.string().nullable(), publishedAt: z.string().nullable(), url: z.string().nullable() }),
  capture: ZApiCapture,
});

export const ZApiReimport = z.object({ version: z.number().int(), kept: z.number().int(), moved: z.number().int(), orphaned: z.number().int(), capture: ZApiCapture });

export const ZApiEvidence = z.object({ id: z.uuid(), url: z.string(), note: z.string(), createdAt: ZIso });

export const ZApiClaim = z.object({
  id: z.uuid(),
  number: z.number().int(),
  articleId: z.uuid(),
  versionId: z.uuid(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  anchorStatus: z.enum(["anchored", "orphaned"]),
  sourcingType: z.enum(SOURCING_TYPES).nullable(),
  sourcePhrase: z.string().nullable(),
  cue: z.string().nullable(),
  identification: z.enum(IDENTIFICATIONS).nullable(),
  groundRules: z.enum(GROUND_RULES).nullable(),
  anonymityReason: z.string().nullable(),
  hand: z.enum(HANDS).nullable(),
  sourceCount: z.number().int().nullable(),
  status: z.enum(CLAIM_STATUSES),
  ratingId: z.uuid().nullable(),
  ratingLabel: z.string().nullable(),
  ratingValue: z.number().int().nullable(),
  rationale: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  decidedById: z.uuid().nullable(),
  decidedAt: ZIso.nullable(),
  approvedById: z.uuid().nullable(),
  approvedAt: ZIso.nullable(),
  createdById: z.uuid().nullable(),
  withdrawn: z.object({ at: ZIso, by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  version: z.number().int(),
  createdAt: ZIso,
  updatedAt: ZIso,
  evidence: z.array(ZApiEvidence),
  commentCount: z.number().int(),
});

export const ZApiClaimsPage = z.object({
  article: z.object({ id: z.uuid(), title: z.string(), archivedAt: ZIso.nullable(), version: ZApiArticleVersion }),
  claims: z.array(ZApiClaim),
  nextAfter: z.number().int().nullable(),
});

export const ZApiSuggestions = z.object({
  versionId: z.uuid(),
  suggestions: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      type: z.enum(SOURCING_TYPES),
      cue: ZSpanText.nullable(),
      source: ZSpanText.nullable(),
      flags: z.array(z.string()),
      carriedOver: z.boolean(),
      // Who the source is (as first named in the article), whether named, and the channel.
      speaker: z.object({ who: z.string(), named: z.boolean(), channel: z.enum(["direct", "outlet", "document"]) }).nullable(),
    }),
  ),
});

export const ZApiExportJob = z.object({
  id: z.uuid(),
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.number().int(),
  total: z.number().int(),
  format: z.enum(EXPORT_FORMATS),
  fileName: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: ZIso,
});

export const ZApiAnnotationImport = z.object({
  format: z.enum(["w3c", "hypothesis"]),
  versionId: z.uuid(),
  total: z.number().int(),
  anchored: z.number().int(),
  orphaned: z.number().int(),
  duplicates: z.number().int(),
  unreadable: z.number().int(),
});

// Shapes the README names instead of spelling out at each use.
export const NAMED_SHAPES = new Map<z.ZodType, string>([
  [ZApiClaim, "Claim"],
  [ZApiEvidence, "Evidence"],
]);

export type TApiRoute = {
  method: "GET" | "POST" | "PATCH";
  path: string;
  // What the README says of the route, beside its request and answer.
  doc: string;
  request?: string;
  status: number;
  // JSON answers have a schema; file downloads name their content instead.
  response: z.ZodType | string;
};

// Every JSON API route, in the order the README lists them.
export const API_ROUTES: TApiRoute[] = [
  { method: "GET", path: "/api/health", status: 200, response: ZApiHealth, doc: "503 when PostgreSQL is unreachable (for load balancers)." },
  {
    method: "POST",
    path: "/api/articles",
    request: "{title, text | file: {name, type?, content, encoding?}, outlet?, author?, url?, publishedAt?, captureId?}",
    status: 201,
    response: ZApiCreatedArticle,
    doc: "A `file` (.txt, .md, .html, or .docx with `encoding: \"base64\"`, by its name) is imported as the form's upload is; an HTML file's headline, byline, outlet, date and canonical address fill the fields left out. `captureId` (from `POST /api/articles/import`) saves a URL import with its capture. The text is stored canonical (see \"Article text\" below) and answered back: claim offsets index into that string.",
  },
  {
    method: "POST",
    path: "/api/articles/import",
    request: "{url}",
    status: 200,
    response: ZApiUrlImport,
    doc: "The server fetches the page (see \"Import from a URL\" below) and answers its article text and metadata to check before saving with `POST /api/articles` and the `captureId`. A refused or unreadable address is a 400 (413 over the size limit) with the reason.",
  },
  {
    method: "POST",
    path: "/api/articles/:id/reimport",
    request: "{baseVersion}",
    status: 200,
    response: ZApiReimport,
    doc: "A new version from the address the article was imported from (its claims re-anchor as for any edit); the same text makes no version.",
  },
  {
    method: "GET",
    path: "/api/articles/:id/suggestions",
    status: 200,
    response: ZApiSuggestions,
    doc: "The attribution assistant's suggestions for the current version (reviewers; rate-limited).",
  },
  {
    method: "GET",
    path: "/api/articles/:id/claims?after=&limit=",
    status: 200,
    response: ZApiClaimsPage,
    doc: "The article's current version (with its text) and a page of its claims in number order (500 by default, `limit` up to 1,000), withdrawn ones included (`withdrawn` is null for live ones); `nextAfter` is the `after` of the next page (null on the last).",
  },
  {
    method: "POST",
    path: "/api/articles/:id/claims",
    request: "{versionId, start, end, idempotencyKey, sourcingType?, sourcePhrase?, cue?, allowDuplicate?}",
    status: 201,
    response: ZApiClaim,
    doc: "A repeated key returns the first claim. A claim on the same span as a live one, or on ≥ 90 % of it with the same sourcing type, is a 409 with `details: {existingClaimId, existingNumber}` unless `allowDuplicate` is true.",
  },
  {
    method: "POST",
    path: "/api/articles/:id/annotations",
    request: "a W3C Web Annotation JSON-LD document (AnnotationCollection, AnnotationPage or Annotation) or a Hypothesis JSON export ({rows} or {annotations}), up to 4 MB",
    status: 201,
    response: ZApiAnnotationImport,
    doc: "Imports the annotations as claims of the article's current version, in one transaction (reviewers; rate-limited). Each quote is placed by the anchoring module from its TextQuoteSelector (and, for W3C, its code-point TextPositionSelector): found with confidence, it is `anchored`; otherwise the claim is `orphaned` (needs re-attaching), never guessed. Tags naming a sourcing type set it, a `classifying` body naming a verdict of the team's scale decides it, a `commenting` body (Hypothesis: the text) is the rationale, `linking` bodies are evidence. An annotation on a live claim's text is skipped as a duplicate; one without a quote is `unreadable`.",
  },
  {
    method: "POST",
    path: "/api/claims/:id/evidence",
    request: "{url, note?}",
    status: 201,
    response: ZApiEvidence,
    doc: "`www.example.com/x` becomes `https://www.example.com/x`; every link is stored in its WHATWG form, only http(s).",
  },
  {
    method: "PATCH",
    path: "/api/claims/:id",
    request: "{baseVersion, patch}",
    status: 200,
    response: ZApiClaim,
    doc: "409 with the newer values when `baseVersion` is stale.",
  },
  {
    method: "GET",
    path: "/api/export-jobs/:id",
    status: 200,
    response: ZApiExportJob,
    doc: "A background export's progress; its file is at `/api/export-jobs/:id/download` once `status` is `done`.",
  },
  {
    method: "GET",
    path: "/api/exports/:format?<dashboard filters>",
    status: 200,
    response: "the file",
    doc: `Formats: ${exportFormatsFor("dashboard").join(", ")}. Over 5,000 claims the export runs as a background job and the browser is sent to its progress page (\`/exports/:jobId\`).`,
  },
  { method: "GET", path: "/api/articles/:id/export/:format", status: 200, response: "the file", doc: `One article's report in any export format: ${exportFormatsFor("article").join(", ")} (\`w3c\`: its claims as a W3C Web Annotation collection).` },
  { method: "GET", path: "/api/articles/:id/captures/:captureId", status: 200, response: "the page as fetched", doc: "A URL import's capture, byte for byte as the site sent it (after content decoding), as a download; `X-Content-SHA256` is its hash." },
];
