import {parseEntities} from 'parse-entities';
import {visit} from 'unist-util-visit';
import type {Root} from './mdast';

/**
 * The export escapes the `&` of character references it writes in text
 * (`\&lt;`, `\&amp;`), so MDX shows them as typed: "&lt;". Here they become
 * the characters they stand for, in text only (code shows what was written).
 */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

export function decodeEntities(tree: Root): void {
  visit(tree, 'text', (node) => {
    if (REFERENCE.test(node.value)) node.value = parseEntities(node.value);
  });
}

export default function exportedEntities() {
  return (tree: Root) => decodeEntities(tree);
}
