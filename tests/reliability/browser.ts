/**
 * The requests the reliability suite replays are the ones Chromium sends, taken as they are:
 * the bench person signs in through the test identification service (bench/sign-in.ts), types
 * into the dog declaration, whose autosave request is kept (as bench/autosave.ts does), then
 * fills the whole form and presses Send on the summary, whose server action post is kept and
 * never reaches the server, so that the draft is still unsent when the suite replays it.
 *
 * The browser stays open: while the database is down it shows what a person sees.
 */
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from '@playwright/test';
import { signIn } from '../../bench/sign-in';

export const FORM_SLUG = 'dog-declaration';
const FORM_PATH = `/en/forms/${FORM_SLUG}`;
const AUTOSAVE_PATH = '/api/forms/autosave';
/** The answer the autosaves change: a plain text field of the first step. */
export const AUTOSAVE_FIELD = 'streetAddress';

export type AutosaveInput = { slug: string; page: number; draftId: string | null; version: number | null; answers: Record<string, unknown> };

/** A request as the browser sent it. */
export type CapturedRequest = { url: string; headers: Record<string, string>; body: Buffer };

export type Captured = { autosave: CapturedRequest & { input: AutosaveInput }; send: CapturedRequest & { draftId: string } };

export class ResidentBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    readonly cookies: Cookie[],
    private readonly base: string,
  ) {}

  static async open(chromiumPath: string, base: string): Promise<ResidentBrowser> {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const cookies = await signIn(browser, base, FORM_PATH);
      const context = await browser.newContext({ locale: 'en-GB' });
      context.setDefaultTimeout(30_000);
      await context.addCookies(cookies);
      return new ResidentBrowser(browser, context, cookies, base);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** The autosave of the form's first step, and the Send of a complete declaration, as sent. */
  async capture(): Promise<Captured> {
    const page = await this.context.newPage();
    try {
      await page.goto(this.base + FORM_PATH);
      const autosave = await this.captureAutosave(page);
      const send = await this.captureSend(page);
      return { autosave, send };
    } finally {
      await page.close();
    }
  }

  private async captureAutosave(page: Page): Promise<Captured['autosave']> {
    const sent = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === AUTOSAVE_PATH);
    await page.getByLabel('Street address').fill('Mittarinkatu 1');
    const request = await sent;
    const response = await request.response();
    if (response?.status() !== 200) throw new Error(`the browser's autosave answered ${response?.status()}`);
    const input = JSON.parse(request.postData() ?? '') as AutosaveInput;
    if (input.slug !== FORM_SLUG || input.answers[AUTOSAVE_FIELD] !== 'Mittarinkatu 1') throw new Error(`the browser's autosave was not the expected one: ${request.postData()}`);
    return { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()!, input };
  }

  /** Fills the rest as tests/e2e/forms-support.ts's fillAndSendDogDeclaration does, and keeps Send. */
  private async captureSend(page: Page): Promise<Captured['send']> {
    await page.getByLabel('E-mail address').fill('mikko.mittari@example.com');
    await page.getByLabel('Zipcode').fill('00100');
    await page.getByLabel('Post office').fill('Helsinki');
    // The autosave of these answers first, so that Next does not race it on a busy machine.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Name of the dog').fill('Luotettava');
    await page.getByLabel('Breed').fill('Lapinkoira');
    await page.getByRole('radio', { name: 'Female', exact: true }).check();
    await page.getByLabel('Date of birth').fill('2023-01-15');
    await page.getByLabel('Identification (microchip number)').fill('246098100012345');
    await page.getByRole('group', { name: /Is the dog a guide/ }).getByRole('radio', { name: 'No' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'A new dog (three months old)' }).check();
    await page.getByLabel('Date of the change').fill('2024-05-20');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'By a message in the e-services folder' }).check();
    await page.getByRole('button', { name: 'To the summary' }).click();
    await page.getByRole('heading', { level: 2, name: /Summary/ }).waitFor();
    const draftId = new URL(page.url()).searchParams.get('draft');
    if (!draftId) throw new Error(`the summary's address names no draft: ${page.url()}`);

    // The Send button's post (a server action, with the Next-Action header) is kept and stopped here.
    let captured: CapturedRequest | undefined;
    await page.route('**/*', async (route) => {
      const request = route.request();
      if (request.method() === 'POST' && (await request.headerValue('next-action'))) {
        captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
        await route.abort();
        return;
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const deadline = Date.now() + 30_000;
    while (!captured && Date.now() < deadline) await page.waitForTimeout(100);
    await page.unroute('**/*');
    if (!captured) throw new Error('pressing Send posted no server action');
    return { ...captured, draftId };
  }

  /**
   * Opens a page as the signed-in person and gives what they see: the main heading and the
   * page's text, once the page has settled (the error page is a client component).
   */
  async look(path: string): Promise<{ status: number | undefined; heading: string; text: string; ms: number }> {
    const page = await this.context.newPage();
    const started = performance.now();
    try {
      const response = await page.goto(this.base + path, { timeout: 20_000 }).catch(() => null);
      const heading = page.getByRole('heading', { level: 1 }).first();
      await heading.waitFor({ timeout: 10_000 }).catch(() => {});
      return {
        status: response?.status(),
        heading: ((await heading.textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim(),
        text: await page.locator('body').innerText({ timeout: 5000 }).catch(() => ''),
        ms: performance.now() - started,
      };
    } finally {
      await page.close();
    }
  }
}
