import type {LoadContext, Plugin} from '@docusaurus/types';
import {pageLanguage} from '../../src/components/UntranslatedNotice/language';

/** Docs shown in another language than the locale being built, per docs plugin: plugin id → doc id → language. */
export type DocLanguages = Record<string, Record<string, string>>;

interface LoadedDocs {
  loadedVersions: {docs: {id: string; source: string}[]}[];
}

/**
 * Which docs of each docs plugin this locale shows in another language (a
 * one-locale page such as `aws-vpc.en.mdx` read in Chinese, or a Chinese page
 * with no Japanese translation read in Japanese), read from the docs plugins'
 * loaded content and published as global data, so the sidebar can mark them
 * (src/theme/DocSidebarItem/Link). It reads what the docs plugins loaded and
 * changes nothing of theirs.
 */
export function docLanguages(
  allDocs: Record<string, LoadedDocs> | undefined,
  locales: readonly string[],
  defaultLocale: string,
  currentLocale: string,
): DocLanguages {
  return Object.fromEntries(
    Object.entries(allDocs ?? {}).map(([pluginId, content]) => [
      pluginId,
      Object.fromEntries(
        content.loadedVersions
          .flatMap((version) => version.docs)
          .map((doc) => [doc.id, pageLanguage(doc.source, locales, defaultLocale)] as const)
          .filter(([, language]) => language !== currentLocale),
      ),
    ]),
  );
}

export default function docLanguagesPlugin(context: LoadContext): Plugin {
  return {
    name: 'doc-languages',
    allContentLoaded({allContent, actions}) {
      const {locales, defaultLocale, currentLocale} = context.i18n;
      const docs = allContent['docusaurus-plugin-content-docs'] as Record<string, LoadedDocs> | undefined;
      actions.setGlobalData(docLanguages(docs, locales, defaultLocale, currentLocale));
    },
  };
}
