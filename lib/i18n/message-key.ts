/** A kebab-case value as a message key: 'social-health' → 'socialHealth' (message keys are camelCase). */
export function messageKey(value: string): string {
  return value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}
