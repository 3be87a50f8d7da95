import { z } from "zod";
import { COMMON_PASSWORDS, MIN_PASSWORD_LENGTH } from "./common-passwords";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address."));

export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "That password is too common; choose another.");

export const ZSignIn = z.object({
  email: ZEmail,
  // No policy on sign-in: old accounts may predate it, and the message must stay generic.
  password: z.string().min(1).max(256),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZDisplayName = z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters.");
