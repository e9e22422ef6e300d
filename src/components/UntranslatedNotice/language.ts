/**
 * The language a doc is written in, from its source path:
 * - `…/aws-vpc.en.mdx`: a page that exists in one locale only (see README);
 * - `@site/i18n/<locale>/…`: a translation;
 * - anything else: the default locale's folder.
 * When it differs from the locale being read, Docusaurus fell back to another
 * language's text (it does so for any page without a translation).
 */
export function pageLanguage(source: string, locales: readonly string[], defaultLocale: string): string {
  const tag = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\.mdx?$/.exec(source)?.[1];
  if (tag && locales.includes(tag)) return tag;
  const translated = /^@site\/i18n\/([^/]+)\//.exec(source)?.[1];
  return translated && locales.includes(translated) ? translated : defaultLocale;
}
