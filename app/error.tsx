"use client";

// Shown for unexpected server errors; it never shows the error itself (no stack, no
// internal message), only what the user can do.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto mt-24 max-w-md text-center">
      <h1 className="text-2xl font-semibold">Sourcebench is temporarily unavailable</h1>
      <p className="mt-2 text-slate-600">Nothing you saved was lost. Please try again in a few seconds.</p>
      <button onClick={reset} className="mt-4 rounded-md bg-blue-700 px-3 py-1.5 text-white">Try again</button>
    </main>
  );
}
