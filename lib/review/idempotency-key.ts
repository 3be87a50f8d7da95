// One key per intended claim: a retried request with the same key cannot make a second.
export const newIdempotencyKey = () => crypto.randomUUID().replace(/-/g, "");
