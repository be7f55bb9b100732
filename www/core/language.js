// What to tell the reader when the text is not in a language the engine
// reads. The engine says which language a text appears to be in
// (result.language, ISO 639-1, or 'und' when too short to tell) and, for a
// language other than English, annotates nothing rather than show English
// rules' guesses as findings.

/** The languages the engine reads. */
export const SUPPORTED = new Set(['en', 'und']);

/** The language's English name ("German"), or its code where Intl lacks it. */
export function languageName(code) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

/**
 * The sentence to show for a result in another language, or null:
 * "This looks like German; only English is supported yet."
 */
export function languageNotice(result) {
  const code = result && result.language;
  if (!code || SUPPORTED.has(code)) return null;
  return `This looks like ${languageName(code)}; only English is supported yet, so nothing is highlighted.`;
}
