/**
 * llms.txt and llms-full.txt of a locale, in the format of the llms.txt
 * proposal (https://llmstxt.org/): the site's name as H1, a blockquote
 * summary, a paragraph, then H2 sections of `- [name](url): notes` lists; the
 * section named `Optional` holds what a reader with little room may skip.
 */
import type {LlmsWords} from './words';

export interface LlmsLink {
  title: string;
  url: string;
  description?: string;
}

export interface LlmsSection {
  title: string;
  links: LlmsLink[];
}

/** Text on one line, as a list item needs it. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
/** Link text that cannot end the link early. */
const linkText = (value: string) => oneLine(value).replace(/([[\]\\])/g, '\\$1');

function linkLine({title, url, description}: LlmsLink): string {
  const notes = description ? oneLine(description) : '';
  return `- [${linkText(title)}](${encodeURI(decodeURI(url))})${notes ? `: ${notes}` : ''}`;
}

export function llmsTxt(siteName: string, words: LlmsWords, sections: readonly LlmsSection[]): string {
  const parts = [`# ${oneLine(siteName)}`, `> ${oneLine(words.summary)}`, oneLine(words.about)];
  for (const section of sections)
    if (section.links.length > 0) parts.push(`## ${oneLine(section.title)}`, section.links.map(linkLine).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/**
 * Every page's Markdown (its twin without the front matter) after the site's name and summary, each page under its
 * own H1 and, on the line after it, its address.
 */
export function llmsFullTxt(
  siteName: string,
  words: LlmsWords,
  pages: readonly {url: string; markdown: string}[],
): string {
  const withAddress = pages.map(({url, markdown}) =>
    markdown
      .trim()
      .replace(/^(# .*)(\n|$)/, (_, heading: string) => `${heading}\n\n<${url}>\n`)
      .trim(),
  );
  return [`# ${oneLine(siteName)}`, `> ${oneLine(words.summary)}`, ...withAddress].join('\n\n') + '\n';
}
