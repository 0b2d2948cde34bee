/** A language the app speaks (the contract's section 7: English and Spanish). */
export type Lang = 'en' | 'es';

/** Every language, in the order the switch offers them, each named in its own language. */
export const languages: readonly { readonly lang: Lang; readonly name: string }[] = [
  { lang: 'en', name: 'English' },
  { lang: 'es', name: 'Español' },
];

/** Where the chosen language is remembered on the device. */
export const storageKey = 'spine-advisor.lang';

function isLang(value: string | null | undefined): value is Lang {
  return languages.some((l) => l.lang === value);
}

/**
 * The language to show: the one chosen before on this device, else the first of the browser's
 * languages we speak (`es-MX` → `es`), else English.
 */
export function pickLang(stored: string | null, preferred: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
