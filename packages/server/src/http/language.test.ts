import { describe, expect, it } from 'vitest';
import { languageOf } from './language.js';

describe('languageOf', () => {
  const supported = ['en', 'es'] as const;
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX,es;q=0.9,en;q=0.5', 'es'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['fr, es;q=0.4, en;q=0.3', 'es'],
    ['*', 'en'],
    ['es;q=0', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(languageOf(header, supported)).toBe(expected);
  });
});
