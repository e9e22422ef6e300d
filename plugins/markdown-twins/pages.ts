/**
 * The docs a locale's build publishes, in the order of their sidebars, read
 * from the docs plugins' loaded content: each gets a Markdown twin and a line
 * in llms.txt.
 */
import {pageLanguage} from '../../src/components/UntranslatedNotice/language';

/** What the docs plugin loads of each doc (the fields read here). */
export interface LoadedDoc {
  id: string;
  permalink: string;
  title: string;
  description: string;
  source: string;
  unlisted: boolean;
  /** Milliseconds since 1970, when the docs plugin's `showLastUpdateTime` is on. */
  lastUpdatedAt?: number | null;
}

interface SidebarItem {
  type: string;
  id?: string;
  items?: SidebarItem[];
  link?: {type: string; id?: string};
}

export interface LoadedDocs {
  loadedVersions: {docs: LoadedDoc[]; sidebars: Record<string, SidebarItem[]>}[];
}

export interface TwinPage {
  /** The docs plugin's id: `default` for the site's docs. */
  plugin: string;
  permalink: string;
  title: string;
  description: string;
  /** The language the doc is written in: the locale's, or another's when the doc has no translation yet. */
  language: string;
  /** `YYYY-MM-DD`, when the build knows when the doc last changed. */
  lastUpdated?: string;
  /** Built, but left out of lists (Docusaurus' `unlisted`). */
  unlisted: boolean;
}

/** The doc ids of a sidebar, in reading order (a category's own page before its items). */
function sidebarDocIds(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'doc' && item.id ? [item.id] : []),
    ...(item.type === 'category' && item.link?.type === 'doc' && item.link.id ? [item.link.id] : []),
    ...(item.items ? sidebarDocIds(item.items) : []),
  ]);
}

/** `YYYY-MM-DD` (UTC) of a timestamp in milliseconds. */
export function isoDate(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/**
 * Every doc of every docs plugin, each plugin's docs in sidebar order, then
 * those in no sidebar by URL.
 */
export function twinPages(
  allDocs: Record<string, LoadedDocs> | undefined,
  i18n: {locales: readonly string[]; defaultLocale: string},
): TwinPage[] {
  return Object.entries(allDocs ?? {}).flatMap(([plugin, content]) =>
    content.loadedVersions.flatMap((version) => {
      const order = new Map<string, number>();
      for (const items of Object.values(version.sidebars))
        for (const id of sidebarDocIds(items)) if (!order.has(id)) order.set(id, order.size);
      const rank = (doc: LoadedDoc) => order.get(doc.id) ?? Number.MAX_SAFE_INTEGER;
      return [...version.docs]
        .sort((a, b) => rank(a) - rank(b) || a.permalink.localeCompare(b.permalink))
        .map((doc): TwinPage => ({
          plugin,
          permalink: doc.permalink,
          title: doc.title,
          description: doc.description,
          language: pageLanguage(doc.source, i18n.locales, i18n.defaultLocale),
          ...(typeof doc.lastUpdatedAt === 'number' ? {lastUpdated: isoDate(doc.lastUpdatedAt)} : {}),
          unlisted: doc.unlisted,
        }));
    }),
  );
}
