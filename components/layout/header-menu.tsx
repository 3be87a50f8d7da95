"use client";

// Below the lg breakpoint the header's links and account controls fold behind one
// "Menu" button, so a phone never scrolls sideways to reach "Sign out".
import { usePathname } from "next/navigation";
import { useId, useState, type ReactNode } from "react";

export function HeaderMenu({ children }: { children: ReactNode }) {
  const id = useId();
  const pathname = usePathname();
  // Open on the page it was opened on: following a link from the menu closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        className="ml-auto rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 lg:hidden"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        Menu
      </button>
      <div
        id={id}
        className={`${open ? "flex" : "hidden"} w-full flex-col items-start gap-3 border-t border-slate-200 pt-2 lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:items-center lg:border-0 lg:pt-0`}
      >
        {children}
      </div>
    </>
  );
}
