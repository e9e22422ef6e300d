import {getAttribute, setAttribute, textOf, walk, type MdNode} from './mdast';

/**
 * The export writes `<Supademo id="…" title=""/>` when the editor's demo
 * block has no title: the demo's preview, button and link would then have
 * no name, and every such demo would read alike. Such a demo takes the text
 * of the heading it sits under (the page's title above the first heading).
 */
export function nameDemos(tree: MdNode): void {
  let heading = '';
  walk(tree, (node) => {
    if (node.type === 'heading') heading = textOf(node).trim();
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Supademo') {
      const title = getAttribute(node, 'title');
      if ((title === undefined || (typeof title === 'string' && title.trim() === '')) && heading)
        setAttribute(node, 'title', heading);
    }
  });
}

export default function exportedDemos() {
  return (tree: MdNode) => nameDemos(tree);
}
