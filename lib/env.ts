// The only reader of process.env. Parsed once, on first use and at server start
// (instrumentation.ts), so a missing or malformed variable stops the app with a
// message that names it instead of failing later inside a request.
import { z } from "zod";

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
    NEXTAUTH_URL: z.string().url().optional(),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Newsroom SSO"),
    INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
    // Behind a reverse proxy that sets X-Forwarded-For, "true" counts sign-in attempts per
    // real client instead of per proxy.
    TRUST_PROXY: z.enum(["true", "false"]).default("false"),
    // Who may start a new team: any signed-in user, or only the instance admins listed
    // (comma-separated e-mail addresses).
    TEAM_CREATION: z.enum(["anyone", "instance_admins"]).default("anyone"),
    INSTANCE_ADMINS: z.string().default(""),
    // Where readers reach the desk's published fact-checks (/f/<slug>): ClaimReview's url
    // and the desk's address in it. Unset: the pages are served at NEXTAUTH_URL.
    PUBLIC_BASE_URL: z
      .string()
      .url("PUBLIC_BASE_URL must be an http(s):// URL")
      .refine((v) => /^https?:\/\//i.test(v), "PUBLIC_BASE_URL must be an http(s):// URL")
      .transform((v) => new URL(v).href.replace(/\/+$/, ""))
      .optional(),
    // TESTS ONLY. Comma-separated "ip:port" pairs (IPv6 as "[::1]:port") that a URL import
    // may fetch although the address is internal or the port unusual, so test suites can
    // serve pages from 127.0.0.1. Unset (the default) opens nothing; never set it in production.
    URL_IMPORT_TEST_ALLOW: z
      .string()
      .default("")
      .transform((v) => v.split(",").map((e) => e.trim()).filter(Boolean))
      .refine((list) => list.every((e) => /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\]):\d{1,5}$/i.test(e)), "URL_IMPORT_TEST_ALLOW must list ip:port pairs, e.g. 127.0.0.1:4100"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together to enable SSO",
      });
    }
  });

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new Error(`Sourcebench configuration is invalid:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export const oidcEnabled = () => Boolean(env().OIDC_ISSUER);
export const instanceAdmins = () => new Set(env().INSTANCE_ADMINS.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean));
export const secureCookies = () => (env().NEXTAUTH_URL ?? "").startsWith("https://");
export const publicBaseUrl = () => (env().PUBLIC_BASE_URL ?? env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const urlImportTestAllow = () => env().URL_IMPORT_TEST_ALLOW;
