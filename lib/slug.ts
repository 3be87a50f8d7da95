// A readable ASCII slug for team slugs and download file names: accents folded, every
// other run of characters one dash, cut to `max`, never empty.
export function slugify(text: string, max: number, fallback: string): string {
  const slug = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, max).replace(/-$/, "");
  return slug || fallback;
}
