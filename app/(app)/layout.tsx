import { AppHeader } from "@/components/layout/app-header";
import { FormatProvider } from "@/components/ui/format-provider";
import { getSession } from "@/lib/auth";
import { pageData } from "@/lib/page-data";
import { getMyTeams } from "@/lib/teams/get-my-teams";

// Every page depends on the signed-in user and live data.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const me = await pageData(async () => getMyTeams(await getSession()));
  return (
    <FormatProvider value={me.format}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
      <AppHeader me={me} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </FormatProvider>
  );
}
