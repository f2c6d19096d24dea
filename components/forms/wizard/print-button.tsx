'use client';

/** Prints the page; the copy's print styles leave the portal's navigation out. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="border-2 border-bus bg-white px-6 py-3 font-bold text-bus hover:bg-gray-5">
      {label}
    </button>
  );
}
