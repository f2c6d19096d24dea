'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { usePathname } from 'next/navigation';
import { TEXT_SIZE_COOKIE, TEXT_SIZE_MAX_AGE, textSizes, type TextSize } from '@/lib/preferences/text-size';
import { useFixedPath } from './fixed-path';

const glyphSize: Record<TextSize, string> = { '100': 'text-sm', '125': 'text-base', '150': 'text-lg' };

/**
 * A A A. Without JavaScript each button posts to /api/preferences/text-size, which remembers the
 * choice and comes back; with it, the page changes at once and the same cookie is written.
 */
export function TextSizeSwitcher({ initial }: { initial: TextSize }) {
  const t = useTranslations('TextSize');
  const locale = useLocale();
  const fixedPath = useFixedPath();
  const routerPath = usePathname();
  const [size, setSize] = useState<TextSize>(initial);

  function choose(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = submitter?.value as TextSize | undefined;
    if (!chosen) return;
    event.preventDefault();
    document.documentElement.dataset.textSize = chosen;
    document.cookie = `${TEXT_SIZE_COOKIE}=${chosen}; path=/; max-age=${TEXT_SIZE_MAX_AGE}; samesite=lax${location.protocol === 'https:' ? '; secure' : ''}`;
    setSize(chosen);
  }

  return (
    <form method="post" action="/api/preferences/text-size" onSubmit={choose} className="flex items-center gap-1">
      <input type="hidden" name="returnTo" value={fixedPath ? `/${locale}${fixedPath === '/' ? '' : fixedPath}` : routerPath} />
      <span className="sr-only" id="text-size-label">{t('label')}</span>
      <div role="group" aria-labelledby="text-size-label" className="flex items-end gap-1">
        {textSizes.map((option) => (
          <button
            key={option}
            type="submit"
            name="size"
            value={option}
            aria-pressed={size === option}
            aria-label={t(`size${option}`)}
            className={`min-h-6 min-w-6 px-1 font-bold leading-none ${glyphSize[option]} ${size === option ? 'underline decoration-2 underline-offset-4' : ''}`}
          >
            A
          </button>
        ))}
      </div>
    </form>
  );
}
