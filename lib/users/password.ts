// argon2id via a prebuilt npm binding (no compiler or download at install time).
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { createLimiter } from "@/lib/limits/limiter";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const; // OWASP baseline for argon2id

// Hashing is deliberately expensive, so a burst of sign-ins (or of guesses) could take
// every core from the other teams' requests: at most this many hashes run at once in a
// process, the rest wait their turn.
const limited = createLimiter(Math.max(1, Math.floor(availableParallelism() / 2)));

export const hashPassword = (password: string) => limited(() => hash(password, { ...OPTIONS, algorithm: 2 }));

// How long a check takes here (a moving average), so that an attempt refused without a
// check can take as long without spending the CPU.
let typicalMs = 100;

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const started = performance.now();
  try {
    return await limited(() => verify(passwordHash, password));
  } catch {
    return false;
  } finally {
    typicalMs = 0.8 * typicalMs + 0.2 * (performance.now() - started);
  }
}

/** Waits as long as a password check typically takes, without doing one. */
export const waitLikeACheck = () => new Promise<void>((resolve) => setTimeout(resolve, typicalMs));

// Verifying against a fixed hash when the account does not exist keeps the response
// time the same, so timing does not reveal which addresses have accounts.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword("not-a-real-password-just-timing"));
