import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type Text } from './en.js';
import { type Lang, pickLang, storageKey } from './lang.js';

/** A language's words: English ships with the first download, every other language loads on demand. */
export async function loadText(lang: Lang): Promise<Text> {
  switch (lang) {
    case 'en':
      return en;
    case 'es':
      return (await import('./es.js')).es;
  }
}

/** The language shown, its words, and a way to change it. */
export interface I18n {
  readonly lang: Lang;
  readonly text: Text;
  readonly setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({ lang: 'en', text: en, setLang: () => undefined });

/** Storage can be switched off (private windows, policies): then the choice lasts for the visit only. */
function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function writeStored(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered on this device; the switch still works for this visit.
  }
}

/**
 * Chooses the language (remembered choice, else the browser's languages), loads its words, and
 * keeps `<html lang>` in step with what is shown. Nothing renders until the words are there, so a
 * Spanish reader never sees English first.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<Lang>(() => pickLang(readStored(), navigator.languages ?? [navigator.language]));
  const [shown, setShown] = useState<{ lang: Lang; text: Text } | undefined>(
    wanted === 'en' ? { lang: 'en', text: en } : undefined,
  );

  useEffect(() => {
    let current = true;
    loadText(wanted).then(
      (text) => current && setShown({ lang: wanted, text }),
      () => current && setShown({ lang: 'en', text: en }),
    );
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.lang;
  }, [shown]);

  const setLang = useCallback((lang: Lang) => {
    writeStored(lang);
    setWanted(lang);
  }, []);
  const value = useMemo(() => shown && { ...shown, setLang }, [shown, setLang]);
  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

/** The words of the language shown. */
export function useText(): Text {
  return useContext(I18nContext).text;
}

/** The language shown and how to change it. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
