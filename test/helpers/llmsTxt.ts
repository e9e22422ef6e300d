/**
 * A strict reader of the llms.txt format (https://llmstxt.org/): an H1 with the
 * name, an optional blockquote summary, optional Markdown with no headings,
 * then H2 sections each holding only a list of `- [name](url)` links with
 * optional `: notes`. Throws, naming the line, on anything else.
 */
export interface LlmsTxt {
  title: string;
  summary?: string;
  details: string;
  sections: {title: string; links: {name: string; url: string; notes?: string}[]}[];
}

const LINK = /^- \[((?:[^\]\\]|\\.)+)\]\((\S+)\)(?:: (.+))?$/;

export function parseLlmsTxt(text: string): LlmsTxt {
  const lines = text.replace(/\n$/, '').split('\n');
  const fail = (i: number, why: string): never => {
    throw new Error(`llms.txt line ${i + 1}: ${why}: ${JSON.stringify(lines[i])}`);
  };
  const h1 = /^# (\S.*)$/.exec(lines[0] ?? '');
  if (!h1) fail(0, 'the first line is not an H1 with the name');
  const result: LlmsTxt = {title: h1![1]!, details: '', sections: []};
  let i = 1;
  while (i < lines.length && lines[i] === '') i++;
  if (lines[i]?.startsWith('> ')) {
    const quote: string[] = [];
    while (i < lines.length && lines[i]!.startsWith('>')) quote.push(lines[i++]!.replace(/^> ?/, ''));
    result.summary = quote.join(' ');
  }
  const details: string[] = [];
  for (; i < lines.length && !lines[i]!.startsWith('## '); i++) {
    if (/^#/.test(lines[i]!)) fail(i, 'only H2 headings may follow the summary');
    details.push(lines[i]!);
  }
  result.details = details.join('\n').trim();
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const h2 = /^## (\S.*)$/.exec(line);
    if (h2) {
      result.sections.push({title: h2[1]!, links: []});
      continue;
    }
    const link = LINK.exec(line);
    if (!link) fail(i, 'a section holds only "- [name](url): notes" items');
    result.sections.at(-1)!.links.push({
      name: link![1]!.replace(/\\(.)/g, '$1'),
      url: link![2]!,
      ...(link![3] ? {notes: link![3]} : {}),
    });
  }
  return result;
}
