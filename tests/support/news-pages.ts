// News pages in the shapes real sites serve them, written for the URL-import tests
// (tests/integration/url-import.test.ts, e2e/url-import.spec.ts): each with the text a
// reader view must keep, exactly, and every metadata field. The furniture around the
// articles (cookie banners, ads, share and "Related" boxes, newsletter pitches, photo
// captions) carries attribution phrases on purpose: if any of it leaks into the text,
// the assistant would suggest it as a claim.
import type { TExtractedMeta } from "@/lib/articles/extract-article";

export type TNewsPage = { html: string | Buffer; contentType: string; text: string; meta: Omit<TExtractedMeta, "url"> & { url: string | ((base: string) => string) } };

const COOKIE_BANNER = `<div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience, our partners said.</p><button>Accept all</button></div>`;
const SHARE = `<div class="sharedaddy share-buttons"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>`;
const NEWSLETTER = `<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up and our editors say you will never miss a story.</p><input type="email"><button>Subscribe</button></div>`;

const wordpressBody = [
  "The harbour authority will close the north pier for six months from April, officials said on Tuesday.",
  "“The pilings are older than anyone working here,” said Maria Keane, the authority’s chief engineer, who inspected them in January.",
  "What the repairs will cost",
  "According to documents seen by the Gazette, the work is budgeted at 4.2 million euros, about a third more than the estimate published last year.",
  "Fishing crews that moor at the pier will be moved to the south basin, a spokesman for the fishermen’s cooperative said.",
];

export const WORDPRESS: TNewsPage = {
  contentType: "text/html; charset=UTF-8",
  html: `<!DOCTYPE html>
<html lang="en-US"><head>
<meta charset="UTF-8">
<title>Harbour authority to close north pier for repairs | The Harbour Gazette</title>
<link rel="canonical" href="https://harbourgazette.example/2026/03/14/north-pier-closure/">
<meta property="og:type" content="article">
<meta property="og:title" content="Harbour authority to close north pier for repairs">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-03-14T07:45:00+00:00">
<meta name="author" content="Jane Doe">
<link rel="stylesheet" href="/wp-content/themes/gazette/style.css">
<script>window.dataLayer = [];</script>
</head>
<body class="post-template-default single single-post">
${COOKIE_BANNER}
<header id="masthead" class="site-header"><p class="site-title"><a href="/">The Harbour Gazette</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4812" class="post-4812 post type-post status-publish hentry category-news">
<header class="entry-header"><h1 class="entry-title">Harbour authority to close north pier for repairs</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" rel="author" href="/author/jdoe/">Jane Doe</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-14T07:45:00+00:00">March 14, 2026</time></span></div></header>
<div class="entry-content">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/pier.jpg" alt="The north pier"><figcaption class="wp-element-caption">The north pier at low tide, which engineers said was unsafe. Photo: Harbour Authority</figcaption></figure>
<p>${wordpressBody[0]}</p>
<p>${wordpressBody[1]}</p>
<div class="ad-container"><p>Advertisement</p><div id="div-gpt-ad-1"></div></div>
<h2>${wordpressBody[2]}</h2>
<p>${wordpressBody[3]}</p>
<p>${wordpressBody[4]}</p>
${SHARE}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/news">News</a></span></footer>
</article>
<aside class="related-posts"><h2>Related</h2><ul><li><a href="/a">Council said the ferry will run late</a></li></ul></aside>
</main></div>
<aside id="secondary" class="widget-area">${NEWSLETTER}</aside></div>
<footer id="colophon" class="site-footer"><p>© 2026 The Harbour Gazette. All rights reserved.</p></footer>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body></html>`,
  text: wordpressBody.join("\n\n"),
  meta: { title: "Harbour authority to close north pier for repairs", author: "Jane Doe", outlet: "The Harbour Gazette", publishedAt: "2026-03-14", url: "https://harbourgazette.example/2026/03/14/north-pier-closure/" },
};

const reactBody = [
  "The city’s budget for next year leaves the transit fund flat for the first time in a decade, two council members said on Monday night.",
  "Council member Ruth Ames said the decision would mean fewer late buses on the east side, a claim the mayor’s office disputed.",
  "A spokesperson for the mayor said ridership had not recovered enough to justify more service.",
];

export const REACT_JSON_LD: TNewsPage = {
  contentType: "text/html; charset=utf-8",
  html: `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Metro Wire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Metro Wire","url":"https://metrowire.example/"},{"@type":"NewsArticle","headline":"Council leaves transit fund flat in new budget","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Tom Reed"}],"datePublished":"2026-02-03T22:15:00-05:00","dateModified":"2026-02-04T09:00:00-05:00","publisher":{"@type":"NewsMediaOrganization","name":"Metro Wire","logo":{"@type":"ImageObject","url":"https://metrowire.example/logo.png"}},"mainEntityOfPage":{"@type":"WebPage","@id":"https://metrowire.example/politics/2026/02/03/transit-fund-flat"}}]}</script>
</head><body><div id="__next"><div class="css-1d3w5wq"><div class="css-8atqhb" role="banner"><a class="css-4rbku5" href="/">Metro Wire</a></div>
<div class="css-1dbjc4n"><div class="css-901oao">Politics</div>
<div class="css-1x2y3z"><div class="css-story-headline">Council leaves transit fund flat in new budget</div>
<div class="css-17zjkl"><div class="css-yx99">${reactBody[0]}</div><div class="css-yx99">${reactBody[1]}</div>
<div class="css-1b9ok2"><div class="css-xyz" data-testid="ad-slot">Advertisement</div></div>
<div class="css-yx99">${reactBody[2]}</div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":"Council leaves transit fund flat"}}}</script>
<script src="/_next/static/chunks/main.js" async></script></body></html>`,
  text: reactBody.join("\n\n"),
  meta: { title: "Council leaves transit fund flat in new budget", author: "Ana Lima, Tom Reed", outlet: "Metro Wire", publishedAt: "2026-02-03", url: "https://metrowire.example/politics/2026/02/03/transit-fund-flat" },
};

const ampBody = [
  "Wildfire crews contained the blaze near Ridgeton on Sunday after four days, the state forestry service said.",
  "No homes were lost, according to a statement from the county sheriff, though two barns burned.",
  "Residents who left on Thursday may return from Monday morning, officials said.",
];

export const AMP: TNewsPage = {
  contentType: "text/html; charset=utf-8",
  html: `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<title>Crews contain Ridgeton wildfire - Valley Courier</title>
<link rel="canonical" href="https://valleycourier.example/news/ridgeton-fire-contained">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Crews contain Ridgeton wildfire","author":{"@type":"Person","name":"Sam Ortiz"},"datePublished":"2026-08-09T18:02:00Z","publisher":{"@type":"Organization","name":"Valley Courier"},"mainEntityOfPage":"https://valleycourier.example/news/ridgeton-fire-contained"}</script>
<style amp-custom>body{font-family:serif}</style>
<style amp-boilerplate>body{-webkit-animation:none}</style><noscript><style amp-boilerplate>body{animation:none}</style></noscript>
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">We and our partners said we use cookies.</div></amp-consent>
<header class="amp-header"><a href="/">Valley Courier</a></header>
<article class="amp-article">
<h1>Crews contain Ridgeton wildfire</h1>
<p class="amp-byline">By Sam Ortiz</p>
<amp-img src="/fire.jpg" width="800" height="450" layout="responsive" alt="Smoke over Ridgeton"></amp-img>
<p class="amp-caption caption">Smoke over Ridgeton on Friday, which firefighters said was the worst day.</p>
<p>${ampBody[0]}</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"><div fallback>Advertisement</div></amp-ad>
<p>${ampBody[1]}</p>
<p>${ampBody[2]}</p>
<amp-social-share type="twitter"></amp-social-share>
</article>
<footer><p>Valley Courier · Terms</p></footer>
</body></html>`,
  text: ampBody.join("\n\n"),
  meta: { title: "Crews contain Ridgeton wildfire", author: "Sam Ortiz", outlet: "Valley Courier", publishedAt: "2026-08-09", url: "https://valleycourier.example/news/ridgeton-fire-contained" },
};

const cp1252Body = [
  "The Café Brûlé on Rue Haute will close at the end of the month — after 41 years — its owner said.",
  "“Rents have doubled since 2020,” said Hélène Marchand, who took over from her father in 1998.",
  "The building’s new owner declined to comment.",
];
const cp1252Html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Beloved café to close after 41 years</title>
<meta name="author" content="Luc Besson-Aubry">
<meta property="og:site_name" content="Le Quartier">
</head><body><div id="page"><div class="menu"><a href="/">Accueil</a> | <a href="/news">News</a></div>
<div id="story"><h1>Beloved café to close after 41 years</h1><p class="date"><time datetime="2025-11-30">30 Nov 2025</time></p>
<p>${cp1252Body[0]}</p><p>${cp1252Body[1]}</p><p>${cp1252Body[2]}</p></div>
<div class="footer">Le Quartier — tous droits réservés</div></div></body></html>`;

// windows-1252 bytes, and no charset in the Content-Type header: the <meta> says it.
export const WINDOWS_1252: TNewsPage = {
  contentType: "text/html",
  html: Buffer.from(cp1252Html.replace(/[“”’—]/g, (c) => ({ "“": "\x93", "”": "\x94", "’": "\x92", "—": "\x97" })[c]!), "latin1"),
  text: cp1252Body.join("\n\n"),
  meta: { title: "Beloved café to close after 41 years", author: "Luc Besson-Aubry", outlet: "Le Quartier", publishedAt: "2025-11-30", url: (base) => `${base}/cafe-1252` },
};

const splitBody = [
  "Inspectors found cracks in three of the five bridges on the coast road, a report released on Wednesday shows.",
  "The transport ministry said the bridges remained safe for cars but closed them to lorries over 7.5 tonnes.",
  "Local hauliers said the detour adds an hour to each trip.",
  "A ministry official, who spoke on condition of anonymity, said repairs could take two years.",
];

export const SPLIT_BY_ADS: TNewsPage = {
  contentType: "text/html; charset=utf-8",
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cracks found in coast road bridges — Northern Post</title>
<meta property="og:title" content="Cracks found in coast road bridges">
<meta property="og:site_name" content="Northern Post">
<meta property="article:published_time" content="2026-05-20T12:00:00+01:00">
<meta property="article:author" content="https://northernpost.example/staff/priya-nair">
<meta name="author" content="Priya Nair">
<link rel="canonical" href="/news/bridges-cracks">
</head><body>
${COOKIE_BANNER}
<div class="story-body">
<h1>Cracks found in coast road bridges</h1>
<p>${splitBody[0]}</p>
<div class="ad-slot ad-slot--mpu"><span class="ad-label">Advertisement</span></div>
<p>${splitBody[1]}</p>
<div class="related-links"><h3>Related</h3><ul><li><a href="/x">Minister said bridge funding was secure</a></li><li><a href="/y">Coast road reopens after storm, police said</a></li></ul></div>
<p>${splitBody[2]}</p>
<p class="story-continues">Story continues below advertisement</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>${splitBody[3]}</p>
${NEWSLETTER}
${SHARE}
</div>
<div class="most-read"><h2>Most read</h2><ol><li><a href="/z">Mayor said nothing</a></li></ol></div>
</body></html>`,
  text: splitBody.join("\n\n"),
  meta: { title: "Cracks found in coast road bridges", author: "Priya Nair", outlet: "Northern Post", publishedAt: "2026-05-20", url: (base) => `${base}/news/bridges-cracks` },
};

const paywallBody = [
  "Three of the region’s largest hospitals missed their emergency waiting-time targets every month last year, figures obtained by the Ledger show.",
  "The health board said staff shortages were the main cause.",
];

export const PAYWALL_TEASER: TNewsPage = {
  contentType: "text/html; charset=utf-8",
  html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hospitals missed waiting-time targets all year | The Ledger</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hospitals missed waiting-time targets all year","author":{"@type":"Person","name":"Omar Haddad"},"datePublished":"2026-01-12","publisher":{"@type":"Organization","name":"The Ledger"},"url":"https://ledger.example/health/waiting-times","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywalled"}}</script>
</head><body><main><article>
<h1>Hospitals missed waiting-time targets all year</h1>
<p>${paywallBody[0]}</p>
<p>${paywallBody[1]}</p>
<div class="paywall-prompt"><h2>Subscribe to keep reading</h2><p>Our reporters said this story took three months. Subscribe for 1 € a week.</p><a href="/subscribe">Subscribe</a></div>
<div class="paywalled" hidden></div>
</article></main></body></html>`,
  text: paywallBody.join("\n\n"),
  meta: { title: "Hospitals missed waiting-time targets all year", author: "Omar Haddad", outlet: "The Ledger", publishedAt: "2026-01-12", url: "https://ledger.example/health/waiting-times" },
};

export const NEWS_PAGES = { "/wordpress": WORDPRESS, "/react": REACT_JSON_LD, "/amp": AMP, "/cafe-1252": WINDOWS_1252, "/bridges": SPLIT_BY_ADS, "/paywall": PAYWALL_TEASER } as const;
