/**
 * The language a doc is written in, from its source path:
 * - `@site/i18n/<locale>/…`: a translation;
 * - `…/aws-vpc.en.mdx` elsewhere: a page whose original is in that locale only (see plugins/export-pipeline/README.md, "Pages in one locale only");
 * - anything else: the default locale's folder.
 * When it differs from the locale being read, Docusaurus fell back to another
 * language's text (it does so for any page without a translation).
 */
export function pageLanguage(source: string, locales: readonly string[], defaultLocale: string): string {
  const translated = /^@site\/i18n\/([^/]+)\//.exec(source)?.[1];
  if (translated && locales.includes(translated)) return translated;
  const tag = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\.mdx?$/.exec(source)?.[1];
  return tag && locales.includes(tag) ? tag : defaultLocale;
}
