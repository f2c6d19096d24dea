export * from './localized-text';
export * from './divisions';
export * from './services';
export * from './notices';
export * from './feedback';
