import { getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/forms/error-summary';
import { changeRole } from '@/lib/roles/actions';
import type { RoleError } from '@/lib/roles/schema';

type Option = { value: string; label: string; detail: string };

const FIELD_ID = 'role-choice';

/**
 * One radio button per role and a submit button: a plain form that the server action handles,
 * so it works without JavaScript and reads naturally with a screen reader.
 */
export async function RoleForm({ options, current, returnTo, error }: { options: Option[]; current: string; returnTo: string; error?: RoleError }) {
  const t = await getTranslations('RolePage');
  const errorId = error ? `${FIELD_ID}-error` : undefined;
  return (
    <>
      {error && (
        <div className="mt-6">
          <ErrorSummary heading={t('errors.heading')} attempt={1} problems={[{ fieldId: `${FIELD_ID}-0`, message: t(`errors.${error}`) }]} />
        </div>
      )}
      <form action={changeRole} className="mt-6">
        <input type="hidden" name="returnTo" value={returnTo} />
        <fieldset aria-describedby={errorId}>
          <legend className="text-xl font-bold">{t('legend')}</legend>
          {error && (
            <p id={errorId} className="mt-1 font-bold text-danger">
              <span className="sr-only">{t('errors.prefix')} </span>
              {t(`errors.${error}`)}
            </p>
          )}
          <ul className="mt-3 flex flex-col gap-2">
            {options.map((option, index) => (
              <li key={option.value}>
                <label className="flex cursor-pointer items-start gap-3 border-2 border-gray-20 p-3 hover:border-gray-90 has-checked:border-bus">
                  <input
                    id={`${FIELD_ID}-${index}`}
                    type="radio"
                    name="role"
                    value={option.value}
                    defaultChecked={option.value === current}
                    className="mt-1 size-5 shrink-0 accent-bus"
                  />
                  <span className="min-w-0 break-words">
                    <span className="block font-bold">{option.label}</span>
                    <span className="block text-sm">{option.detail}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button type="submit" className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('submit')}</button>
          <a href={returnTo} className="font-bold text-bus underline">{t('cancel')}</a>
        </div>
      </form>
    </>
  );
}
