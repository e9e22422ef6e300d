import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * GitHub Pages answers every miss with the site's root 404.html, which is the
 * default locale's page (Chinese: navbar, footer, search, links). A miss under
 * /en/ or /ja/ must get that locale's own 404 page. This script, put first in
 * the root 404.html, notices the locale prefix, turns the rest of the default
 * page into inert text (`<plaintext>`: none of its scripts run; `window.stop()`
 * would also forbid the `document.open()` below), then replaces the document
 * with the locale's 404.html, keeping the address the reader asked for; that
 * page's own scripts run as on any page of the locale. Without JavaScript the
 * default page stays.
 */
export function localized404Script(baseUrl: string, locales: readonly string[]): string {
  return `(function(){var b=${JSON.stringify(baseUrl)},p=location.pathname,l=${JSON.stringify(locales)}.filter(function(l){return p===b+l||p.indexOf(b+l+"/")===0})[0];if(!l)return;document.write("<plaintext hidden>");fetch(b+l+"/404.html").then(function(r){if(!r.ok)throw new Error(r.status);return r.text()}).then(function(h){document.open();document.write(h);document.close()}).catch(function(){location.replace(b+l+"/")})})();`;
}

export default function localized404Plugin(context: LoadContext): Plugin {
  return {
    name: 'localized-404',
    async postBuild({outDir, i18n, siteConfig}) {
      // Only the root 404.html (the default locale's build) is served for other locales' misses.
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const others = i18n.locales.filter((l) => l !== i18n.defaultLocale);
      if (others.length === 0) return;
      const file = path.join(outDir, '404.html');
      const html = await readFile(file, 'utf8');
      // First thing after the charset declaration, so it runs before any other resource is requested.
      const head = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/.exec(html);
      if (!head) throw new Error(`localized-404: no <head> in ${path.relative(context.siteDir, file)}`);
      const at = head.index + head[0].length;
      const script = `<script>${localized404Script(siteConfig.baseUrl, others)}</script>`;
      await writeFile(file, html.slice(0, at) + script + html.slice(at));
    },
  };
}
