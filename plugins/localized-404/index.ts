import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * GitHub Pages answers every miss with the site's root 404.html, which is the
 * default locale's page (Chinese: navbar, footer, search, links). A miss under
 * /en/ or /ja/ must get that locale's own 404 page, as a whole.
 *
 * Two small scripts, first in <head>, before anything renders:
 * - the root 404.html sees the locale prefix and replaces itself with that
 *   locale's 404.html, passing the address asked for (`?missing=`);
 * - each other locale's 404.html puts that address back in the address bar
 *   before its app starts, so the reader still sees (and can correct) what
 *   they typed, and the locale's router renders its "not found" page for it.
 * (Fetching the locale's page and writing it into this document instead would
 * keep one history entry, but leaves the browser warning about this page's
 * unused preloads.) Without JavaScript the default page stays.
 */
export const MISSING_PARAM = 'missing';

/** For the root 404.html: `baseUrl` is the site's, `locales` the non-default ones. */
export function redirectScript(baseUrl: string, locales: readonly string[]): string {
  return `(function(){var b=${JSON.stringify(baseUrl)},p=location.pathname,l=${JSON.stringify(locales)}.filter(function(l){return p===b+l||p.indexOf(b+l+"/")===0})[0];if(!l)return;document.documentElement.hidden=true;location.replace(b+l+"/404.html?${MISSING_PARAM}="+encodeURIComponent(p+location.search+location.hash))})();`;
}

/** For a locale's 404.html: `localeBaseUrl` is the locale's, e.g. `/docs/en/`. */
export function restoreScript(localeBaseUrl: string): string {
  return `(function(){var m=new URLSearchParams(location.search).get(${JSON.stringify(MISSING_PARAM)});if(m&&m.indexOf(${JSON.stringify(localeBaseUrl)})===0)history.replaceState(null,"",m)})();`;
}

async function prependToHead(file: string, script: string, siteDir: string) {
  const html = await readFile(file, 'utf8');
  // Right after the charset declaration, so it runs before anything else is requested or shown.
  const head = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/.exec(html);
  if (!head) throw new Error(`localized-404: no <head> in ${path.relative(siteDir, file)}`);
  const at = head.index + head[0].length;
  await writeFile(file, `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`);
}

export default function localized404Plugin(context: LoadContext): Plugin {
  return {
    name: 'localized-404',
    async postBuild({outDir, i18n, siteConfig, baseUrl}) {
      const others = i18n.locales.filter((l) => l !== i18n.defaultLocale);
      if (others.length === 0) return;
      const file = path.join(outDir, '404.html');
      const script =
        i18n.currentLocale === i18n.defaultLocale ? redirectScript(siteConfig.baseUrl, others) : restoreScript(baseUrl);
      await prependToHead(file, script, context.siteDir);
    },
  };
}
