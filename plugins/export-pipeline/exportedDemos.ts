import {visit} from 'unist-util-visit';
import {getAttribute, isJsx, setAttribute, textOf, type Root} from './mdast';

/**
 * The export writes `<Supademo id="…" title=""/>` when the editor's demo
 * block has no title: the demo's preview, button and link would then have
 * no name, and every such demo would read alike. Such a demo takes the text
 * of the heading it sits under (the page's title above the first heading).
 */
export function nameDemos(tree: Root): void {
  let heading = '';
  visit(tree, (node) => {
    if (node.type === 'heading') heading = textOf(node).trim();
    if (isJsx(node, ['Supademo'])) {
      const title = getAttribute(node, 'title');
      if ((title === undefined || (typeof title === 'string' && title.trim() === '')) && heading)
        setAttribute(node, 'title', heading);
    }
  });
}

export default function exportedDemos() {
  return (tree: Root) => nameDemos(tree);
}
