// Session settings for every connection the app opens, shared with the benchmark so
// its raw-SQL and COPY limits run under the same settings as the app they are held to.
//
// jit=off: the dashboard's aggregates under a broad filter cost enough for PostgreSQL
// to JIT-compile them, which adds 50-70 ms to a 300 ms statement; this app runs no
// query long enough for compiled expressions to pay that back.
export const CONNECTION_OPTIONS = "-c jit=off";
