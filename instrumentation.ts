// Validates configuration when the server starts, so a missing variable stops it
// with a message naming the variable rather than failing inside the first request;
// then starts this instance's background workers.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit, startBackgroundWorkers } = await import("./lib/startup-check");
    checkConfigurationOrExit();
    startBackgroundWorkers();
  }
}
