import type { ReactNode } from 'react';

export const primaryButton =
  'inline-block cursor-pointer border-2 border-gray-90 bg-gray-90 px-6 py-2.5 text-center font-bold text-white hover:border-black hover:bg-black';
export const secondaryButton =
  'inline-block cursor-pointer border-2 border-gray-90 bg-white px-6 py-2.5 text-center font-bold text-gray-90 no-underline hover:bg-gray-10';

/** The pending request, carried by every form to the next step. */
export function TicketField({ token }: { token: string }) {
  return <input type="hidden" name="t" value={token} />;
}

export function ErrorMessage({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="mt-4 border-l-4 border-danger bg-danger-light px-4 py-3 font-bold text-black">
      {children}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel' | 'text';
  type?: 'text' | 'password' | 'tel';
};

export function TextField({ name, label, required, hint, error, autoComplete = 'off', inputMode, type = 'text' }: TextFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="mt-5">
      <label htmlFor={name} className="block font-bold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? <p id={hintId} className="mt-1 text-sm text-gray-80">{hint}</p> : null}
      {error ? <p id={errorId} className="mt-1 font-bold text-danger">{error}</p> : null}
      <input
        id={name}
        name={name}
        type={type}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className={`mt-2 block w-full max-w-xs border-2 bg-white px-3 py-2 ${error ? 'border-danger' : 'border-gray-60'}`}
      />
    </div>
  );
}

/** The box of test users, codes and PINs: this service is a test and says so openly. */
export function TestDataBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside aria-labelledby="test-data-title" className="mt-8 border-2 border-dashed border-gray-60 bg-fog-light p-4 text-sm">
      <h2 id="test-data-title" className="text-base font-bold">{title}</h2>
      {children}
    </aside>
  );
}

export function DataTable({ headings, rows }: { headings: string[]; rows: ReactNode[][] }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="border-b border-gray-60 py-1 pr-4">{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, cellIndex) => (
                <td key={cellIndex} className="border-b border-gray-20 py-1 pr-4 align-top">{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
