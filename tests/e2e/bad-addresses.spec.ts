import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInToForm, type FormPerson } from './forms-support';
import { staffPage } from './staff-sign-in';

/*
 * Every page of the portal, opened with an address nobody should type: NUL and other control
 * characters, broken Unicode, huge numbers, markup and very long text in every query parameter
 * the pages read (and some they do not), and in every path segment they take. A page may answer
 * 404, redirect, or show itself with the nonsense ignored or refused in words; it must never
 * answer a server error. Each audience opens its own pages: a visitor, a resident, an official,
 * an editor and an administrator. (Route handlers and server actions get the same treatment in
 * tests/integration/bad-input/.)
 */

const pertti: FormPerson = { userId: '47474747', code: '4747', mobile: '040 100 0047' };

/** The query parameters the pages read, and a few they do not. */
const parameterNames = [
  'q', 'status', 'service', 'page', 'sort', 'topic', 'group', 'to', 'returnTo', 'reason', 'created', 'saved', 'deleted', 'done', 'slug', 'problem',
  'flash', 'sent', 'reply', 'remove', 'removed', 'error', 'new', 'draft', 'step', 'from', 'check', 'separate', 'item', 'resent', 'resendLimited',
  'organisationNotifications', 'lang', 't', 'callbackUrl', 'open',
];

/** One value for every parameter at once, per address. */
const nastyValues = ['\u0000', 'a\u0000b', 'x\u0001\u001f\u007f', '\udfff\ud800', '99999999999999999999999', '-1', '1e400', '<script>alert(1)</script>', '../../../etc/passwd', '%00%zz', 'ä'.repeat(3000)];

/** Stand-ins for a path segment. */
const nastySegments = ['a%00b', '%00', '99999999999999999999999', '-1', '0', '1e3', 'x'.repeat(400), '%E2%80%AE', '..%2F..%2Fetc'];

function withNastyQuery(path: string, value: string): string {
  const query = new URLSearchParams(parameterNames.map((name) => [name, value]));
  return `${path}?${query.toString()}`;
}

/** Each path with every nasty query, and each pattern with every nasty segment in place of its {}. */
function addresses(paths: string[], patterns: string[]): string[] {
  return [
    ...paths.flatMap((path) => nastyValues.map((value) => withNastyQuery(path, value))),
    ...patterns.flatMap((pattern) => nastySegments.map((segment) => pattern.replace('{}', segment))),
    ...patterns.map((pattern) => withNastyQuery(pattern.replace('{}', 'a%00b'), 'a\u0000b')),
  ];
}

async function serverErrors(request: APIRequestContext, list: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const address of list) {
    // Redirects followed: a page that tidies its address (the catalogue) shows the tidy one next.
    const response = await request.get(address, { maxRedirects: 5, failOnStatusCode: false });
    if (response.status() >= 500) failed.push(`${response.status()} ${address.slice(0, 160)}`);
  }
  return failed;
}

const publicPaths = ['/fi', '/sv/e-services', '/en/e-services', '/en/e-services/dog-declaration', '/fi/instructions', '/fi/accessibility', '/fi/cookies', '/fi/privacy', '/fi/feedback', '/fi/sign-in', '/fi/sign-in/error', '/fi/sign-in/wait', '/fi/signed-out', '/fi/profile-deleted', '/fi/staff', '/fi/outbox', '/test-idp/identify', '/test-idp/error', '/test-idp/bank/nordea', '/test-idp/mobile', '/test-idp/card', '/test-idp/corporate', '/test-idp/success'];
const publicPatterns = ['/fi/e-services/{}', '/fi/{}', '/{}', '/test-idp/bank/{}', '/fi/forms/{}'];

test('a visitor: no page answers a server error, whatever its address holds', async ({ request }) => {
  test.setTimeout(180_000);
  expect(await serverErrors(request, addresses(publicPaths, publicPatterns))).toEqual([]);
});

test('a resident: no page of the folder, the forms or the profile answers a server error', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToForm(page, 'dog-declaration', pertti);
  const paths = ['/fi/folder', '/fi/profile', '/fi/profile/edit', '/fi/profile/my-data', '/fi/profile/my-data/delete', '/fi/registration', '/fi/registration/confirm', '/fi/role', '/en/forms/dog-declaration', '/en/forms/culture-grant'];
  const patterns = ['/fi/forms/{}', '/fi/folder/{}/application', '/fi/folder/{}/messages', '/fi/folder/{}/complement', '/fi/forms/dog-declaration/sent/{}', '/fi/folder/{}'];
  expect(await serverErrors(page.request, addresses(paths, patterns))).toEqual([]);
});

async function staffErrors(browser: Browser, name: RegExp, paths: string[], patterns: string[]): Promise<string[]> {
  const page = await staffPage(browser, name);
  try {
    return await serverErrors(page.request, addresses(paths, patterns));
  } finally {
    await page.context().close();
  }
}

test('an official, an editor and an administrator: no back-office page answers a server error', async ({ browser }) => {
  test.setTimeout(240_000);
  const failed = [
    ...(await staffErrors(browser, /Outi/, ['/fi/matters', '/fi/staff'], ['/fi/matters/{}'])),
    ...(await staffErrors(
      browser,
      /Eeva/,
      ['/fi/editor/services', '/fi/editor/services/new', '/fi/editor/notices', '/fi/editor/notices/new', '/fi/editor/popular', '/fi/editor/services/dog-declaration', '/fi/editor/services/dog-declaration/history', '/fi/editor/services/dog-declaration/preview'],
      ['/fi/editor/services/{}', '/fi/editor/services/{}/history', '/fi/editor/services/{}/preview', '/fi/editor/notices/{}', '/fi/editor/notices/{}/delete'],
    )),
    ...(await staffErrors(browser, /Aki/, ['/fi/admin/deliveries'], [])),
  ];
  expect(failed).toEqual([]);
});
