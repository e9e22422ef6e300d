import {format} from 'autocorrect-node';
import {hasCjkSpacing} from '../../src/i18n/locales';
import {locatePage, type ContentSet} from './contentSets';
import {visit} from 'unist-util-visit';
import {isJsx, textOf, type MdFile, type Nodes, type Root} from './mdast';

/**
 * Chinese exports are not spaced the way the site's style wants ("设置VPC");
 * writers are told not to edit exports, so the published text gets
 * AutoCorrect's spacing here, at build time: every text node of a Chinese
 * page, and the joins between a text node and inline code, links or
 * emphasis next to it ("运行`npm`" → "运行 `npm`"), and `title` attributes. Code, other attributes and
 * front matter keys are left alone (front matter titles: see exportFrontMatter).
 */
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;
const INLINE = new Set(['text', 'inlineCode', 'link', 'strong', 'emphasis', 'delete', 'mdxJsxTextElement']);

function edge(node: Nodes, side: 'first' | 'last'): string {
  const text = textOf(node);
  return (side === 'first' ? text.at(0) : text.at(-1)) ?? '';
}

export function spaceChinese(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'text') node.value = format(node.value);
    // Visible titles written as attributes: <Admonition title="…">, <Supademo title="…">.
    if (isJsx(node))
      for (const attribute of node.attributes)
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'title' && typeof attribute.value === 'string')
          attribute.value = format(attribute.value);
  });
  // Joins only ever add a space inside a parent, never at its edges, so the order parents are visited in is free.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const kids: Nodes[] = node.children;
    for (let i = 1; i < kids.length; i += 1) {
      const [left, right] = [kids[i - 1]!, kids[i]!];
      if (!INLINE.has(left.type) || !INLINE.has(right.type)) continue;
      const [l, r] = [edge(left, 'last'), edge(right, 'first')];
      const needsSpace = (HAN.test(l) && LATIN.test(r)) || (LATIN.test(l) && HAN.test(r));
      if (!needsSpace) continue;
      if (left.type === 'text') left.value = `${left.value} `;
      else if (right.type === 'text') right.value = ` ${right.value}`;
    }
  });
}

export default function chineseSpacing({siteDir, sets}: {siteDir: string; sets: readonly ContentSet[]}) {
  return (tree: Root, file: MdFile) => {
    const where = file.path ? locatePage(siteDir, file.path, sets) : undefined;
    if (hasCjkSpacing(where?.language, 'pages')) spaceChinese(tree);
  };
}
