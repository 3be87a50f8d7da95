import { z } from "zod";
import { ZId } from "@/lib/ids";

export const ZPublishReview = z.object({
  articleId: ZId,
  // Keeps search engines off the page (robots noindex) while it stays reachable by link.
  noindex: z.boolean().default(false),
});
export type TPublishReview = z.infer<typeof ZPublishReview>;

export const ZUnpublishReview = z.object({ articleId: ZId });

// What /f/<slug> accepts: the slugs publishing makes (lower-case words and a hex tail).
export const ZPublicSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "Not a public review address.");
