import { notFound } from 'next/navigation';
import { localeFrom, type ErrorPageReason } from '@/lib/test-idp/authorization-request';
import { testIdpConfig } from '@/lib/test-idp/config';
import { ErrorScreen, type SearchParams } from '../_components/screen';

const reasons: ErrorPageReason[] = ['unknownClient', 'wrongRedirectUri', 'invalidRequest', 'expired'];

export default async function TestIdpErrorPage({ searchParams }: { searchParams: SearchParams }) {
  if (!testIdpConfig.isEnabled()) notFound();
  const params = await searchParams;
  const reason = reasons.find((candidate) => candidate === params.reason) ?? 'invalidRequest';
  return <ErrorScreen reason={reason} locale={localeFrom(typeof params.lang === 'string' ? params.lang : undefined)} />;
}
