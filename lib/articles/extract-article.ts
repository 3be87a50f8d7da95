// A news page's article and its metadata, as a reader view sees them: Mozilla's
// Readability (Firefox's Reader View) picks the article body out of the page's DOM
// (linkedom: a fast DOM without a browser); the page's furniture it may keep (figures
// and their captions, ad slots, "Related" and share boxes, newsletter pitches, cookie
// banners) is removed first. The text is rebuilt from the block elements of the HTML
// Readability returns (htmlToText), never from its textContent, which runs paragraphs
// together. Metadata is read before Readability touches the document, in order of
// trust: JSON-LD (NewsArticle/Article), Open Graph and article: tags, <meta name=author>,
// the first <time datetime>, <title>; the URL is the canonical link's. Pure and
// CPU-bound: it runs in the worker pool (lib/workers/cpu-tasks.ts).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { invalid } from "@/lib/errors";
import { canonicalText } from "./canonical-text";
import { assertShallow, htmlToText } from "./import-text";
import { NO_ARTICLE_TEXT } from "./schemas";

export type TExtractedMeta = {
  title: string | null;
  author: string | null;
  outlet: string | null;
  // The publication day as the publisher wrote it (YYYY-MM-DD), not shifted to UTC.
  publishedAt: string | null;
  url: string | null;
};
export type TExtractedArticle = { text: string; meta: TExtractedMeta };

export { NO_ARTICLE_TEXT };

// Elements that are never the article's prose.
const FURNITURE_SELECTOR = [
  "figure", "figcaption", "picture", "aside", "nav", "footer", "form", "iframe", "dialog", "template", "noscript",
  "[role=complementary]", "[role=dialog]", "[role=alertdialog]", "[role=navigation]", "[aria-modal=true]",
  "amp-ad", "amp-embed", "amp-sticky-ad", "amp-consent", "amp-user-notification", "amp-social-share",
].join(",");
// Class or id words that name furniture: "ad-slot", "related-links", "newsletter-signup", "cookie-banner"…
const FURNITURE_WORD = /^(ad|ads|advert|advertisement|adslot|ad-.*|ads-.*|.*-ad|.*-ads|advert.*|sponsor.*|promo|promo-.*|newsletter.*|related|related-.*|.*-related|share|share-.*|sharing|social.*|cookie.*|consent.*|gdpr.*|subscribe.*|paywall-.*|outbrain|taboola|most-read|trending|recommended.*|caption|.*-caption)$/i;
// Lines that are only a label for what follows ("Advertisement", "Read more: …" links are link-only blocks).
const FURNITURE_TEXT = /^(advertisement|advert|ad|sponsored|sponsored content|story continues below advertisement|continue reading below|scroll to continue( with content)?)$/i;

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting"]);

type TEl = { getAttribute(n: string): string | null; textContent: string | null; remove(): void; tagName: string; parentElement: TEl | null };
type TDoc = { documentElement: TEl | null; querySelector(s: string): TEl | null; querySelectorAll(s: string): ArrayLike<TEl>; title: string; body: TEl | null };

const clean = (v: unknown): string | null => {
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/g, " ").trim();
  return t ? t : null;
};
const clip = (v: string | null, max: number) => (v && v.length > max ? v.slice(0, max - 1).trimEnd() + "…" : v);

function ldItems(doc: TDoc): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block is ignored; the other sources still count.
    }
  }
  return out.filter((o) => {
    const t = o["@type"];
    return (Array.isArray(t) ? t : [t]).some((x) => typeof x === "string" && ARTICLE_TYPES.has(x));
  });
}

function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v])
    .map((a) => (typeof a === "string" ? a : a && typeof a === "object" ? (a as Record<string, unknown>).name : null))
    .map(clean)
    .filter((n): n is string => Boolean(n) && !/^https?:\/\//i.test(n!));
  return list.length ? [...new Set(list)].join(", ") : null;
}

// The day as written ("2026-03-14T23:30:00-05:00" is the 14th where it was published).
export function publicationDay(v: string | null | undefined): string | null {
  const t = clean(v);
  if (!t) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) {
    const d = new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso[0] ? null : iso[0];
  }
  const parsed = Date.parse(t);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    const u = new URL(h, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function readMetadata(doc: TDoc, pageUrl?: string): TExtractedMeta {
  const meta = (key: string) => clean(doc.querySelector(`meta[property="${key}"]`)?.getAttribute("content") ?? doc.querySelector(`meta[name="${key}"]`)?.getAttribute("content"));
  const ld = ldItems(doc)[0] ?? {};
  const publisher = ld.publisher as Record<string, unknown> | undefined;
  const mainEntity = ld.mainEntityOfPage;
  const ldUrl = typeof ld.url === "string" ? ld.url : mainEntity && typeof mainEntity === "object" ? ((mainEntity as Record<string, unknown>)["@id"] as string | undefined) : typeof mainEntity === "string" ? mainEntity : undefined;
  const outlet = clean(publisher && typeof publisher === "object" ? publisher.name : null) ?? meta("og:site_name") ?? meta("application-name");
  const articleAuthor = meta("article:author");
  const author = names(ld.author) ?? (articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null) ?? meta("author") ?? meta("byl") ?? meta("parsely-author");
  // A page's only <h1> is its headline; <title> usually adds the site's name, so it comes last.
  const h1s = Array.from(doc.querySelectorAll("h1"));
  const h1 = h1s.length === 1 ? clean(h1s[0]!.textContent) : null;
  let title = clean(ld.headline) ?? clean(ld.name) ?? meta("og:title") ?? meta("twitter:title") ?? h1 ?? clean(doc.title);
  // "<title>Headline | Outlet</title>": the outlet is its own field.
  if (title && outlet) {
    for (const sep of [" | ", " - ", " – ", " — ", " :: "]) {
      if (title.endsWith(sep + outlet)) title = title.slice(0, -(sep + outlet).length).trim();
    }
  }
  const publishedAt =
    publicationDay(typeof ld.datePublished === "string" ? ld.datePublished : null) ??
    publicationDay(meta("article:published_time")) ??
    publicationDay(meta("og:published_time")) ??
    publicationDay(meta("date")) ??
    publicationDay(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
  const url =
    absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl) ??
    absoluteUrl(ldUrl, pageUrl) ??
    absoluteUrl(meta("og:url"), pageUrl) ??
    absoluteUrl(pageUrl, undefined);
  return { title: clip(title, 300), author: clip(author?.replace(/^by\s+/i, "") ?? null, 200), outlet: clip(outlet, 200), publishedAt, url };
}

function removeFurniture(doc: TDoc): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_SELECTOR))) el.remove();
  for (const el of Array.from(doc.querySelectorAll("[class],[id]"))) {
    const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/).filter(Boolean);
    if (words.some((w) => FURNITURE_WORD.test(w)) && el.tagName !== "BODY" && el.tagName !== "HTML" && el.tagName !== "ARTICLE" && el.tagName !== "MAIN") el.remove();
  }
  const textOf = (el: TEl) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
  for (const el of Array.from(doc.querySelectorAll("p,div,span,section"))) {
    if (FURNITURE_TEXT.test(textOf(el))) el.remove();
  }
  // A dateline ("<p><time>30 Nov 2025</time></p>") is metadata, read above; the block
  // that holds only the date goes.
  for (const time of Array.from(doc.querySelectorAll("time"))) {
    let top: TEl = time;
    const own = textOf(time);
    while (top.parentElement && !["BODY", "ARTICLE", "MAIN"].includes(top.parentElement.tagName) && textOf(top.parentElement) === own) top = top.parentElement;
    // A <time> inside a sentence ("on <time>Tuesday</time>") is prose and stays.
    if (top !== time) top.remove();
  }
}

const DROP_IN_TEXT = new Set(["figure", "figcaption", "picture", "aside", "nav"]);

export function extractArticle(html: string, pageUrl?: string): TExtractedArticle {
  assertShallow(html);
  let { document } = parseHTML(html) as unknown as { document: TDoc };
  // linkedom builds no <html><body> for a fragment ("<article><p>…</p></article>"), and
  // Readability reads the body: a fragment is given the page around it.
  if (!document.body || document.documentElement?.tagName !== "HTML") ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: TDoc });
  const meta = readMetadata(document, pageUrl);
  removeFurniture(document);
  const article = new Readability(document as unknown as Document, { charThreshold: 200, disableJSONLD: true }).parse();
  let text = canonicalText(article?.content ? htmlToText(article.content, { skip: DROP_IN_TEXT }) : "");
  // The headline is the title field; Readability leaves it in the body when the page has
  // no <title> to match it against.
  const headline = meta.title ?? clean(article?.title);
  if (headline && text.startsWith(`${headline}\n\n`)) text = text.slice(headline.length + 2);
  if (!text) throw invalid(NO_ARTICLE_TEXT, { text: NO_ARTICLE_TEXT });
  return {
    text,
    meta: {
      ...meta,
      title: meta.title ?? clip(clean(article?.title), 300),
      author: meta.author ?? clip(clean(article?.byline)?.replace(/^by\s+/i, "") ?? null, 200),
      outlet: meta.outlet ?? clip(clean(article?.siteName), 200),
      publishedAt: meta.publishedAt ?? publicationDay(article?.publishedTime),
    },
  };
}
