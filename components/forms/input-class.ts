/**
 * The look of a text field, for server and client components alike. Kept out of the client
 * modules on purpose: a constant a server component imports from a 'use client' file becomes a
 * reference that the page must load that file's JavaScript to read.
 */
export const inputClass = 'w-full max-w-md border-2 border-gray-60 bg-white px-3 py-2 text-gray-90 aria-invalid:border-4 aria-invalid:border-danger';
