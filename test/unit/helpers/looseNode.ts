/**
 * Any mdast/MDX node, seen loosely: tests read whichever fields the node they
 * found has, without narrowing its type first.
 */
export interface LooseNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: LooseNode[];
  data?: {hProperties?: Record<string, unknown>} & Record<string, unknown>;
}
