import { describe, expect, it } from 'vitest';
import { pickLang } from './lang.js';

describe('pickLang', () => {
  it('follows the first browser language the app speaks', () => {
    expect(pickLang(null, ['es-MX', 'en-US'])).toBe('es');
    expect(pickLang(null, ['fr-FR', 'es', 'en'])).toBe('es');
    expect(pickLang(null, ['en-GB', 'es'])).toBe('en');
    expect(pickLang(null, ['ES-us'])).toBe('es');
  });

  it('falls back to English when the browser prefers no language the app speaks', () => {
    expect(pickLang(null, ['fr-FR', 'de'])).toBe('en');
    expect(pickLang(null, [])).toBe('en');
  });

  it('a choice remembered on the device wins over the browser', () => {
    expect(pickLang('en', ['es-ES'])).toBe('en');
    expect(pickLang('es', ['en-US'])).toBe('es');
  });

  it('ignores a remembered value that is not a language the app speaks', () => {
    expect(pickLang('klingon', ['es'])).toBe('es');
  });
});
