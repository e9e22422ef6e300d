import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin, Props} from '@docusaurus/types';
import {
  contentSecurityPolicy,
  inlineCode,
  withSecurityMeta,
  type PolicyHosts,
} from '../../src/security/contentSecurityPolicy';

export interface ContentSecurityPolicyOptions {
  hosts: PolicyHosts;
}

const NAME = 'content-security-policy';
/** Plugins whose postBuild may run before this one: they write no HTML. */
const WRITE_NO_HTML = new Set(['docusaurus-plugin-sitemap']);

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
 * Docusaurus starts every plugin's postBuild at once, and some write pages
 * (client redirects, the localized 404): the policy is written once all of
 * them are done. This plugin is listed first among the site's plugins; its
 * postBuild starts before theirs and waits for each.
 */
function afterLaterPostBuilds(props: Props): Promise<unknown> {
  const index = props.plugins.findIndex((p) => p.name === NAME);
  const earlier = props.plugins.slice(0, index).filter((p) => p.postBuild && !WRITE_NO_HTML.has(p.name));
  if (index < 0 || earlier.length > 0)
    throw new Error(
      `${NAME}: list it before every plugin that writes in postBuild (first in docusaurus.config.ts plugins); ` +
        `before it: ${earlier.map((p) => p.name).join(', ')}`,
    );
  return Promise.all(
    props.plugins.slice(index + 1).map((plugin) => {
      const original = plugin.postBuild;
      if (!original) return undefined;
      return new Promise<void>((resolve) => {
        plugin.postBuild = async (...args) => {
          try {
            await original.apply(plugin, args);
          } finally {
            resolve();
          }
        };
      });
    }),
  );
}

/**
 * Writes the content-security policy and the referrer policy into every page
 * of this locale's build, with the hashes of every inline script and style
 * the locale's pages carry (one policy per locale: a client-side navigation
 * keeps the policy of the page first opened).
 */
export default function contentSecurityPolicyPlugin(context: LoadContext, options: unknown): Plugin {
  const {hosts} = options as ContentSecurityPolicyOptions;
  return {
    name: NAME,
    postBuild(props) {
      const othersDone = afterLaterPostBuilds(props);
      return (async () => {
        await othersDone;
        const {outDir, i18n} = props;
        // The default locale builds at the root: the other locales' folders are theirs.
        const otherLocales =
          i18n.currentLocale === i18n.defaultLocale ? i18n.locales.filter((l) => l !== i18n.currentLocale) : [];
        const files = await htmlFiles(outDir, new Set(otherLocales.map((l) => path.join(outDir, l))));
        const pages = await Promise.all(files.map(async (file) => ({file, html: await readFile(file, 'utf8')})));
        const code = pages.map((p) => inlineCode(p.html));
        const policy = contentSecurityPolicy(
          {scripts: code.flatMap((c) => c.scripts), styles: code.flatMap((c) => c.styles)},
          hosts,
        );
        await Promise.all(
          pages.map(({file, html}) =>
            writeFile(file, withSecurityMeta(html, policy, path.relative(context.siteDir, file))),
          ),
        );
      })();
    },
  };
}
