// A service that is not published: the same answer as anywhere else in the portal.
export { default } from '@/app/[locale]/not-found';
