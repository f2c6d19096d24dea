/** A list of radio buttons in a fieldset: one choice of certificate, person or organisation. */
export function ChoiceList({ name, legend, options, error }: { name: string; legend: string; options: { value: string; label: string; detail?: string }[]; error?: string }) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset className="mt-5" aria-describedby={errorId}>
      <legend className="font-bold">{legend}</legend>
      {error ? <p id={errorId} className="mt-1 font-bold text-danger">{error}</p> : null}
      <ul className="mt-2 space-y-2">
        {options.map((option, index) => (
          <li key={option.value}>
            <label className="flex cursor-pointer items-start gap-3 border-2 border-gray-20 p-3 hover:border-gray-90">
              <input type="radio" name={name} value={option.value} defaultChecked={index === 0} required className="mt-1 size-5" />
              <span>
                <span className="block font-bold">{option.label}</span>
                {option.detail ? <span className="block text-sm">{option.detail}</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
