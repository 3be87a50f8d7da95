// Session settings for every connection the app opens, shared with the benchmark so
// its raw-SQL and COPY limits run under the same settings as the app they are held to.
//
// jit=off: the dashboard's aggregates under a broad filter cost enough for PostgreSQL
// to JIT-compile them, and compiling costs more than it saves: this app runs no query
// long enough for compiled expressions to pay that back.
export const CONNECTION_OPTIONS = "-c jit=off";

// The app's own connections also bound every statement, every lock wait and every idle
// open transaction on the server side, so one user's pathological request is cancelled
// by PostgreSQL itself (a client-side timeout leaves the statement running) and cannot
// hold the database or another team's rows for long. No app statement comes near these;
// bulk loads (the bench seed's COPY) connect without them.
export const APP_CONNECTION_OPTIONS = `${CONNECTION_OPTIONS} -c statement_timeout=10000 -c lock_timeout=5000 -c idle_in_transaction_session_timeout=60000`;
