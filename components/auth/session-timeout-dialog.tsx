'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';

const WARNING_BEFORE_MS = 5 * 60 * 1000;

type SessionStatus = { signedIn: boolean; idleExpiresAt?: string; now?: string };

/**
 * Warns five minutes before two idle hours end the session (ID5): a modal dialog that takes the
 * focus and is announced, with "Continue" to stay signed in. When the time is up the person is
 * taken to the sign-in page, which says why and brings them back here.
 */
export function SessionTimeoutDialog({
  initialExpiresAt,
  signOutAction,
  signInPage = 'sign-in',
}: {
  initialExpiresAt: string;
  signOutAction: () => Promise<void>;
  /** Where to sign in again: residents' sign-in, or the staff page. */
  signInPage?: 'sign-in' | 'staff';
}) {
  const t = useTranslations('SessionTimeout');
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Milliseconds on this browser's clock when the session ends.
  const [expiresAt, setExpiresAt] = useState(() => Date.parse(initialExpiresAt));
  const firstPath = useRef(pathname);

  const apply = useCallback((status: SessionStatus) => {
    if (!status.signedIn || !status.idleExpiresAt || !status.now) return;
    // Measure against the server's clock, whatever the browser's says.
    const remaining = Date.parse(status.idleExpiresAt) - Date.parse(status.now);
    setExpiresAt(Date.now() + remaining);
  }, []);

  // A page change is activity: the server has counted it, so ask for the new end.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    fetch('/api/session', { cache: 'no-store' })
      .then((response) => response.json() as Promise<SessionStatus>)
      .then(apply)
      .catch(() => {});
  }, [pathname, apply]);

  useEffect(() => {
    const dialog = dialogRef.current;
    const untilWarning = expiresAt - WARNING_BEFORE_MS - Date.now();
    const untilEnd = expiresAt - Date.now();
    const warn = setTimeout(() => {
      if (dialog && !dialog.open) dialog.showModal();
    }, Math.max(0, untilWarning));
    const end = setTimeout(() => {
      const here = `${window.location.pathname}${window.location.search}`;
      router.push(`/${locale}/${signInPage}?${new URLSearchParams({ reason: 'expired', returnTo: here })}`);
      // The header belongs to the layout, which a navigation keeps: draw it again, signed out.
      router.refresh();
    }, Math.max(0, untilEnd));
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [expiresAt, locale, router, signInPage]);

  async function keepSignedIn() {
    const response = await fetch('/api/session', { method: 'POST', cache: 'no-store' });
    if (response.ok) apply((await response.json()) as SessionStatus);
    dialogRef.current?.close();
  }

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-labelledby="session-timeout-title"
      aria-describedby="session-timeout-text"
      className="m-auto max-w-lg border-t-8 border-bus bg-white p-6 text-gray-90 backdrop:bg-black/60"
    >
      <h2 id="session-timeout-title" className="text-2xl font-bold">{t('title')}</h2>
      <p id="session-timeout-text" className="mt-3">{t('text')}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" autoFocus onClick={keepSignedIn} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">
          {t('continue')}
        </button>
        <form action={signOutAction}>
          <button type="submit" className="px-2 py-3 font-bold text-bus underline">{t('signOut')}</button>
        </form>
      </div>
    </dialog>
  );
}
