import type { ComponentProps, ReactNode } from "react";

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-red-600";

export function Field({ label, htmlFor, error, hint, children }: { label: string; htmlFor: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${htmlFor}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

// Controls take a ref (React 19 passes it as a prop): forms register and focus them.
export const Input = ({ className = "", ...p }: ComponentProps<"input">) => <input {...p} className={`${CONTROL} ${className}`} />;
export const Textarea = ({ className = "", ...p }: ComponentProps<"textarea">) => <textarea {...p} className={`${CONTROL} ${className}`} />;
export const Select = ({ className = "", ...p }: ComponentProps<"select">) => <select {...p} className={`${CONTROL} ${className}`} />;
