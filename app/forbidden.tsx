import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto mt-24 max-w-md text-center">
      <h1 className="text-2xl font-semibold">You don’t have access to this page</h1>
      <p className="mt-2 text-slate-600">Your role in this team does not allow it. Ask a team admin if you need it.</p>
      <p className="mt-4 flex justify-center gap-4">
        <Link href="/" className="text-blue-700 underline">Back to the dashboard</Link>
        <Link href="/teams/new" className="text-blue-700 underline">Start a team</Link>
      </p>
    </main>
  );
}
