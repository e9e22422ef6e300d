import {format} from 'autocorrect-node';
import {hasCjkSpacing} from '../../src/i18n/locales';
import {locatePage, type ContentSet} from './contentSets';
import {textOf, type MdFile, type MdNode} from './mdast';

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

function edge(node: MdNode, side: 'first' | 'last'): string {
  const text = node.type === 'inlineCode' ? (node.value ?? '') : textOf(node);
  return (side === 'first' ? text.at(0) : text.at(-1)) ?? '';
}

export function spaceChinese(tree: MdNode): void {
  const visit = (node: MdNode) => {
    if (node.type === 'text') node.value = format(node.value ?? '');
    // Visible titles written as attributes: <Admonition title="…">, <Supademo title="…">.
    for (const attribute of node.attributes ?? [])
      if (attribute.name === 'title' && typeof attribute.value === 'string') attribute.value = format(attribute.value);
    const kids = node.children;
    if (!kids) return;
    kids.forEach(visit);
    for (let i = 1; i < kids.length; i += 1) {
      const [left, right] = [kids[i - 1]!, kids[i]!];
      if (!INLINE.has(left.type) || !INLINE.has(right.type)) continue;
      const [l, r] = [edge(left, 'last'), edge(right, 'first')];
      const needsSpace = (HAN.test(l) && LATIN.test(r)) || (LATIN.test(l) && HAN.test(r));
      if (!needsSpace) continue;
      if (left.type === 'text') left.value = `${left.value} `;
      else if (right.type === 'text') right.value = ` ${right.value}`;
    }
  };
  visit(tree);
}

export default function chineseSpacing({siteDir, sets}: {siteDir: string; sets: readonly ContentSet[]}) {
  return (tree: MdNode, file: MdFile) => {
    const where = file.path ? locatePage(siteDir, file.path, sets) : undefined;
    if (hasCjkSpacing(where?.language, 'pages')) spaceChinese(tree);
  };
}
