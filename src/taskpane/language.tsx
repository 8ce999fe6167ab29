/** The pane's language (Vietnamese first, English on request) and its translate function, through React context. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translator, type Lang, type Translate, type Translation } from './i18n';

export interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** The current language's side of a bilingual text (indicator labels, notices). */
  pickText: (text: Translation) => string;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function LanguageProvider({ initial = 'vi', children }: { initial?: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  // Screen readers and spell checkers read the page in the language it shows.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<LanguageState>(
    () => ({ lang, setLang, t: translator(lang), pickText: (text) => text[lang] }),
    [lang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() needs a <LanguageProvider> above it');
  return state;
}
