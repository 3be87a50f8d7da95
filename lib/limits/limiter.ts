// At most `max` of a kind of work at once in this process; the rest wait their turn in
// memory (holding no database connection and no CPU). A finished task hands its slot
// straight to the next waiter, so the count never goes over the limit.
export function createLimiter(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
