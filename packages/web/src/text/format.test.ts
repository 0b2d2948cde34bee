import { prevalenceAt } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import { formatDistance, formatIsoDate, formatNumber, plural, prevalenceWords } from './format.js';

describe('formatting through Intl', () => {
  it('chooses plural forms by the language rules', () => {
    const forms = { one: 'semana', other: 'semanas' };
    expect(plural('es', 1, forms)).toBe('semana');
    expect(plural('es', 2, forms)).toBe('semanas');
    expect(plural('es', 0, forms)).toBe('semanas');
    expect(plural('en', 1, { one: 'week', other: 'weeks' })).toBe('week');
  });

  it('writes numbers the way each language does', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('es', 12345.5)).toBe('12.345,5');
  });

  it('writes dates in words, the same day in every time zone', () => {
    expect(formatIsoDate('en', '2026-12-02')).toBe('December 2, 2026');
    expect(formatIsoDate('es', '2026-12-02')).toBe('2 de diciembre de 2026');
  });

  it('writes distances with their unit, rounded to whole units', () => {
    expect(formatDistance('en', 12.4, 'mile')).toBe('12 mi');
    expect(formatDistance('es', 1234.4, 'kilometer')).toBe('1234 km');
  });
});

describe('prevalence lines', () => {
  const label = 'Facets';
  const texts = { en, es } as const;

  it('say "about" for a figure at the person’s age and "at least" for a floor, never both', () => {
    for (const lang of ['en', 'es'] as const) {
      const t = texts[lang];
      for (const finding of ['facet-arthropathy', 'disc-bulge', 'disc-degeneration'] as const) {
        for (const age of [18, 35, 60, 85]) {
          const p = prevalenceAt(finding, age);
          const words = prevalenceWords(lang, p);
          for (const line of [t.result.findingLine(label, words), t.report.withoutPain(words)]) {
            const about = /\b(about|unas)\b/i.test(line);
            const atLeast = /\b(at least|al menos)\b/i.test(line);
            expect({ line, about, atLeast }).toEqual({ line, about: !p.atLeast, atLeast: p.atLeast });
            expect(line).toContain(words.perHundred);
          }
        }
      }
    }
  });

  it('name the age a floor is for: at 60, facet wear is at least 32 in 100 people aged 50', () => {
    const p = prevalenceAt('facet-arthropathy', 60);
    expect(p).toEqual({ share: 0.32, atLeast: true, figureAge: 50 });
    expect(en.result.findingLine(label, prevalenceWords('en', p))).toBe(
      'Facets: at least 32 in 100 people aged 50 without back pain, and more at older ages',
    );
    expect(es.result.findingLine(label, prevalenceWords('es', p))).toBe(
      'Facets: al menos 32 de cada 100 personas de 50 años sin dolor de espalda, y más a edades mayores',
    );
    expect(en.result.findingLine(label, prevalenceWords('en', prevalenceAt('disc-bulge', 35)))).toBe(
      'Facets: about 45 in 100 people your age without back pain',
    );
  });
});
