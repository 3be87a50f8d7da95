// argon2id via a prebuilt npm binding (no compiler or download at install time).
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const; // OWASP baseline for argon2id

export const hashPassword = (password: string) => hash(password, { ...OPTIONS, algorithm: 2 });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the account does not exist keeps the response
// time the same, so timing does not reveal which addresses have accounts.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword("not-a-real-password-just-timing"));
