"use client";

export function PrintButton() {
  return (
    <button type="button" className="text-sm text-blue-700 underline" onClick={() => window.print()}>
      Print
    </button>
  );
}
