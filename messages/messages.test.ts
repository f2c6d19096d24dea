import { describe, expect, it } from 'vitest';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree | Tree[] | string[] };

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) entries.set(k, v);
    } else {
      entries.set(path, String(value));
    }
  }
  return entries;
}

const files = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };
// An argument is `{name}` or the start of `{name, plural, …}`; plural branches (`one {minuutin}`)
// are not arguments, even when their text is a single word.
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
// Two or more words of letters make a sentence that must be translated; names ("Helsinki"),
// phone numbers and addresses may read the same in every language.
// Words outside the placeholders: "{status} ({by})" is the same in every language, and no sentence.
const isSentence = (text: string) => (text.replace(/\{\w+\}/g, ' ').match(/\p{L}{2,}/gu) ?? []).length >= 2;

describe('messages', () => {
  it('have the same keys in Finnish, Swedish and English', () => {
    const all = new Set([...files.fi.keys(), ...files.sv.keys(), ...files.en.keys()]);
    const missing = [...all].flatMap((key) =>
      (['fi', 'sv', 'en'] as const).filter((locale) => !files[locale].has(key)).map((locale) => `${locale}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('have no empty texts', () => {
    const empty = Object.entries(files).flatMap(([locale, map]) =>
      [...map].filter(([, text]) => text.trim() === '').map(([key]) => `${locale}: ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in every language', () => {
    const differing = [...files.en].filter(([key, text]) => {
      const expected = placeholders(text).join(',');
      return placeholders(files.fi.get(key) ?? '').join(',') !== expected || placeholders(files.sv.get(key) ?? '').join(',') !== expected;
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('are translated: no Finnish or Swedish sentence is left in English', () => {
    const untranslated = [...files.en]
      .filter(([, text]) => isSentence(text))
      .flatMap(([key, text]) =>
        (['fi', 'sv'] as const).filter((locale) => files[locale].get(key) === text).map((locale) => `${locale}: ${key}`),
      );
    expect(untranslated).toEqual([]);
  });
});
