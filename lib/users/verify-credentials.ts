import "server-only";
import { db } from "@/lib/db";
import { ZSignIn } from "./schemas";
import { clearFailures, isLockedOut, recordFailure } from "./login-throttle";
import { dummyHash, verifyPassword } from "./password";

export type TVerifiedUser = { id: string; email: string; name: string };

// Returns the user, or null for every kind of failure (unknown address, wrong
// password, locked out): the sign-in page shows one generic message for all.
export async function verifyCredentials(input: unknown): Promise<TVerifiedUser | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await isLockedOut(email)) return null;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !ok) {
    await recordFailure(email);
    return null;
  }
  await clearFailures(email);
  return { id: user.id, email: user.email, name: user.name };
}
