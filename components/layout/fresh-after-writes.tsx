"use client";

// Saves on the review page answer with the saved claim only: they do not revalidate the
// page, which would re-render it on the server and send the whole page back with every
// save. The cost is that a page this tab rendered before its last save can come back
// from the router's back/forward cache. Each page therefore carries the server time it
// was rendered at, each save notes the server time it was written at, and a page older
// than this tab's last write refreshes itself once when it is shown.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const KEY = "sourcebench:last-write";

// ISO-8601 UTC strings from the server compare correctly as strings.
export function noteWrite(at: string): void {
  try {
    const last = sessionStorage.getItem(KEY);
    if (!last || last < at) sessionStorage.setItem(KEY, at);
  } catch {
    // Storage can be disabled; the page then behaves as a plain cached page.
  }
}

function lastWrite(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function FreshAfterWrites({ renderedAt }: { renderedAt: string }) {
  const router = useRouter();
  useEffect(() => {
    const last = lastWrite();
    if (last && last > renderedAt) router.refresh();
  }, [renderedAt, router]);
  return null;
}
