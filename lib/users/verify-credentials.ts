import "server-only";
import { db } from "@/lib/db";
import { admitAttempt, clearAttempts } from "./login-throttle";
import { dummyHash, verifyPassword } from "./password";
import { ZSignIn } from "./schemas";

export type TVerifiedUser = { id: string; email: string; name: string };

// Returns the user, or null for every kind of failure (unknown address, wrong
// password, too many attempts): the sign-in page shows one generic message for all,
// and every answer costs one password hash, so a refused attempt is not faster than
// a wrong password.
export async function verifyCredentials(input: unknown, client = "unknown"): Promise<TVerifiedUser | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (!(await admitAttempt(email, client))) {
    await verifyPassword(await dummyHash(), password);
    return null;
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !ok) return null;
  await clearAttempts(email, client);
  return { id: user.id, email: user.email, name: user.name };
}
