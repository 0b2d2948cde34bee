import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { engineLabels } from './engine-text.js';
import { englishWords } from './english-words.js';
import { es } from './es.js';

/** Every string of a bundle by its path; functions are called with sample arguments. */
function strings(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (typeof value === 'function') return new Map([[path, String(value(1, '2', true))]]);
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v])
      : [];
  return new Map(entries.flatMap(([p, v]) => [...strings(v, p)]));
}

/** Object keys by path (array items are compared as lists, which may differ in length between languages). */
function keys(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([k, v]) => keys(v, path ? `${path}.${k}` : k));
}

/** Strings that read the same in both languages (names, codes, icons, cognates). */
const same = new Set(['spine-advisor', '!!!', '!!', '!', '•', '✓', 'No', 'no', 'normal', 'Osteoporosis', 'PET-TC']);

describe('text bundles', () => {
  it('Spanish has exactly the keys English has', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('every Spanish string is translated (none left in English)', () => {
    const english = strings(en);
    const spanish = strings(es);
    const untranslated = [...spanish].filter(([path, s]) => english.get(path) === s && !same.has(s)).map(([p]) => p);
    expect(untranslated).toEqual([]);
    const withEnglish = [...spanish].filter(([, s]) => englishWords.test(s)).map(([p, s]) => `${p}: ${s}`);
    expect(withEnglish).toEqual([]);
  });

  it('the check for English words finds them (so the test above can fail)', () => {
    expect(englishWords.test('Vaya ahora a the emergency department')).toBe(true);
    expect(englishWords.test('Vaya ahora a una sala de emergencias')).toBe(false);
  });

  it('uses "usted", never "tú" forms, in Spanish', () => {
    const informal = /\b(tú|tienes|puedes|quieres|tu dolor|tus)\b/i;
    expect([...strings(es)].filter(([, s]) => informal.test(s))).toEqual([]);
  });

  it('the emergency wording says the same things in both languages, line by line', () => {
    expect(es.emergencyBox.items).toHaveLength(en.emergencyBox.items.length);
    expect(es.interrupt.title).toMatch(/sala de emergencias/);
    expect(es.emergencyBox.items.join(' ')).toMatch(/nalgas.*genitales.*muslos/);
    expect(es.emergencyBox.items.join(' ')).toMatch(/orinar.*heces/);
    expect(es.emergencyBox.items.join(' ')).toMatch(/dos piernas/);
    expect(es.emergencyBox.items.join(' ')).toMatch(/fiebre/);
  });

  it('engine wording shown by the web is in Spanish for Spanish, with the same keys', () => {
    const english = engineLabels('en');
    const spanish = engineLabels('es');
    expect(keys(spanish).sort()).toEqual(keys(english).sort());
    const withEnglish = [...strings(spanish)].filter(([, s]) => englishWords.test(s)).map(([p, s]) => `${p}: ${s}`);
    expect(withEnglish).toEqual([]);
  });
});
