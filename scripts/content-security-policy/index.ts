import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {clientNavigationCode, contentSecurityPolicy, inlineCode, withSecurityMeta, type PolicyHosts} from './policy';

export interface PolicyPass {
  /** The site's folder: messages name pages relative to it. */
  siteDir: string;
  /** The locale's build folder (`build/` for the default locale, `build/<locale>/` for the others). */
  localeDir: string;
  /** Folders inside localeDir that are other locales' builds, with their own policy. */
  skip: readonly string[];
  hosts: PolicyHosts;
}

async function htmlFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return skip.has(full) ? [] : htmlFiles(full, skip);
      return e.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat();
}

/**
 * Writes the content-security policy and the referrer policy into every page of one locale's finished build. Each
 * page's policy allows the inline scripts and styles of that page, and those a client-side navigation can bring
 * from any page of the locale (a navigation keeps the policy of the page first opened): no page allows the inline
 * code of every other. It runs once the locale's `docusaurus build` has exited, so every plugin's pages (client
 * redirects, the localized 404) are there and no plugin's hooks are touched.
 */
export async function writeContentSecurityPolicy({siteDir, localeDir, skip, hosts}: PolicyPass): Promise<number> {
  const files = await htmlFiles(path.resolve(localeDir), new Set(skip.map((s) => path.resolve(s))));
  const pages = await Promise.all(files.map(async (file) => ({file, html: await readFile(file, 'utf8')})));
  const arriving = pages.map((p) => clientNavigationCode(p.html));
  const scripts = arriving.flatMap((c) => c.scripts);
  const styles = arriving.flatMap((c) => c.styles);
  await Promise.all(
    pages.map(({file, html}) => {
      const own = inlineCode(html);
      const policy = contentSecurityPolicy(
        {scripts: [...own.scripts, ...scripts], styles: [...own.styles, ...styles]},
        hosts,
      );
      return writeFile(file, withSecurityMeta(html, policy, path.relative(siteDir, file)));
    }),
  );
  return pages.length;
}
