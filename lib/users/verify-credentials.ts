import "server-only";
import { db } from "@/lib/db";
import { createLimiter } from "@/lib/limits/limiter";
import { admitAttempt, clearAttempts } from "./login-throttle";
import { dummyHash, verifyPassword, waitLikeACheck } from "./password";
import { ZSignIn } from "./schemas";

export type TVerifiedUser = { id: string; email: string; name: string };

// Returns the user, or null for every kind of failure (unknown address, wrong
// password, too many attempts): the sign-in page shows one generic message for all,
// and every answer takes about one password check, so a refused attempt is not faster
// than a wrong password.
// Sign-ins take turns, a few at a time: a burst of them would otherwise queue on one
// throttle row while holding every database connection other teams' pages need.
const signInTurn = createLimiter(2);

export async function verifyCredentials(input: unknown, client = "unknown"): Promise<TVerifiedUser | null> {
  const result = await signInTurn(() => check(input, client));
  if (result !== "refused") return result;
  // As long as a check, so a refusal is not told apart by its speed, but no CPU spent
  // and no turn held: a burst of refused guesses must not slow anyone else.
  await waitLikeACheck();
  return null;
}

async function check(input: unknown, client: string): Promise<TVerifiedUser | null | "refused"> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (!(await admitAttempt(email, client))) return "refused";
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !ok) return null;
  await clearAttempts(email, client);
  return { id: user.id, email: user.email, name: user.name };
}
