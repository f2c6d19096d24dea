'use client';

// A service page that failed to render: the same answer as anywhere else in the portal.
export { default } from '@/app/[locale]/error';
