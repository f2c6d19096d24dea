import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import en from '@/messages/en.json';
import fi from '@/messages/fi.json';
import type { DeletionPlan } from '@/lib/my-data/deletion';
import { DeletionPlanView } from './deletion-plan';

function render(plan: DeletionPlan, locale: 'en' | 'fi') {
  const markup = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === 'en' ? en : fi} timeZone="Europe/Helsinki">
      <DeletionPlanView plan={plan} />
    </NextIntlClientProvider>,
  );
  // The text a person reads, without the markup.
  return markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const removed = [
  { key: 'PERSON', count: 1 },
  { key: 'SIGN_INS', count: 3 },
];

describe('the dry run of deleting a profile', () => {
  it('says honestly that nothing needs to be kept when no rule keeps anything', () => {
    const text = render({ removed, kept: [] }, 'en');
    expect(text).toContain('3 sign-ins in your history');
    expect(text).toContain('Nothing needs to be kept. You have no matters in handling');
  });

  it('shows what a retention rule keeps and why, in the person’s language', () => {
    const plan: DeletionPlan = { removed, kept: [{ ruleId: 'mattersInHandling', records: [{ label: 'HEL 2025-000123 Parking permit' }] }] };
    const english = render(plan, 'en');
    expect(english).toContain('What must be kept');
    expect(english).toContain('1 matter in handling');
    expect(english).toContain('Archives Act');
    expect(english).toContain('HEL 2025-000123 Parking permit');
    expect(english).not.toContain('Nothing needs to be kept');
    const finnish = render(plan, 'fi');
    expect(finnish).toContain('1 vireillä oleva asia');
    expect(finnish).toContain('arkistolain');
  });

  it('names each kept matter by its item number and its form’s title in the reader’s language', () => {
    const title = { fi: 'Pysäköintitunnushakemus', sv: 'Ansökan om parkeringstillstånd', en: 'Parking permit application' };
    const plan: DeletionPlan = { removed, kept: [{ ruleId: 'mattersInHandling', records: [{ label: '100123', title }] }] };
    expect(render(plan, 'en')).toContain('Item number 100123: Parking permit application');
    expect(render(plan, 'en')).toContain('your name and personal identity code');
    expect(render(plan, 'fi')).toContain('Asianumero 100123: Pysäköintitunnushakemus');
    expect(render(plan, 'fi')).not.toContain('Parking permit');
  });
});
