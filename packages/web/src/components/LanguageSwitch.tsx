import { useI18n } from '../text/i18n.js';
import { languages } from '../text/lang.js';

/** The visible language switch: each language named in itself; the choice is remembered on the device. */
export function LanguageSwitch() {
  const { lang, text, setLang } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{text.language.label}</legend>
      {languages.map((l) => (
        <button
          key={l.lang}
          type="button"
          lang={l.lang}
          className="language-option"
          aria-pressed={l.lang === lang}
          onClick={() => setLang(l.lang)}
        >
          {l.name}
        </button>
      ))}
    </fieldset>
  );
}
