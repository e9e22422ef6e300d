/**
 * Where the built site is served, from the build's environment: the same build serves a custom domain
 * (`BASE_URL=/`) or a GitHub project page (`BASE_URL=/<repo>/`). Read by docusaurus.config.ts and by the steps of
 * `npm run build` that run after the locales' builds (scripts/sitemaps).
 */

/** The site's base URL; Docusaurus insists on the slashes around it. */
export function baseUrlFromEnv(value = '/'): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The site's origin (`SITE_URL`). */
export const siteUrlFromEnv = (value: string | undefined): string => value ?? 'https://zilliztech.github.io';

/** The address of the site's root, e.g. `https://zilliztech.github.io/byoc-docs/`. */
export const siteRootFromEnv = (env: Readonly<Record<string, string | undefined>>): string =>
  `${siteUrlFromEnv(env.SITE_URL).replace(/\/+$/, '')}${baseUrlFromEnv(env.BASE_URL)}`;
