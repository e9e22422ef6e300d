/**
 * Pagefind strings the text of neighbouring elements together as it finds
 * them, and the built HTML has no white space between table cells or after a
 * heading: two cells "API" and "GUI" would read "APIGUI" in a result. A space
 * after each block's closing tag keeps words of different blocks apart in
 * what the index reads (the published pages are not changed).
 */
const BLOCK_END = /<\/(?:td|th|tr|li|dt|dd|h[1-6]|p|caption|figcaption|summary|pre|blockquote)>/gi;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}
