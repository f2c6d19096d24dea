/**
 * The city's mark: a simple shield beside the word "Helsinki", drawn in the text colour. On a
 * blue background (`inverted`) the waves and the house take the background's blue.
 */
export function CityLogo({ label, inverted = false }: { label: string; inverted?: boolean }) {
  const detail = inverted ? 'fill-bus stroke-bus' : 'fill-white stroke-white';
  return (
    <span className="inline-flex items-center gap-2">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 32 38" className="h-8 w-7 shrink-0">
        <path d="M2 2h28v18c0 8.5-6.3 13.6-14 16C8.3 33.6 2 28.5 2 20z" fill="currentColor" />
        <path d="M7 22c3-2.5 6-2.5 9 0s6 2.5 9 0M7 27c3-2.5 6-2.5 9 0s6 2.5 9 0" className={detail} strokeWidth="2" fillOpacity="0" />
        <path d="M11 16V9l5-4 5 4v7z" className={detail} strokeWidth="0" />
      </svg>
      <span className="text-xl font-bold tracking-tight">{label}</span>
    </span>
  );
}
