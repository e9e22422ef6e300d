// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {render, screen} from '@testing-library/react';
import Grid, {gridColumns} from '@site/src/components/Grid';
import Cards from '@site/src/components/Cards';
import Hero from '@site/src/components/Hero';
import UnknownComponent from '@site/src/components/UnknownComponent';
import {curlExample, examplesOf, flattenSchema, localized} from '@site/src/components/RestSpecs/spec';
import {exportPreprocessor, fallbackPage, mdxParseProblem} from '@site/plugins/export-pipeline/mdxFallback';
import {setTestLocale} from './stubs/locale';

afterEach(() => {
  vi.unstubAllEnvs();
  setTestLocale('zh-Hans');
});

describe('Grid', () => {
  it('sizes its columns by widthRatios, equal when the ratios do not fit', () => {
    expect(gridColumns(2, '20,80')).toBe('20fr 80fr');
    expect(gridColumns(2, ' 25 , 74 ')).toBe('25fr 74fr');
    expect(gridColumns(2, '20')).toBe('1fr 1fr');
    expect(gridColumns(3, undefined)).toBe('1fr 1fr 1fr');
    expect(gridColumns(2, 'a,b')).toBe('1fr 1fr');
  });

  it('keeps every column, in order', () => {
    const {container} = render(
      <Grid columnSize="2" widthRatios="20,80">
        <div>2026-04-11</div>
        <div>Notes</div>
      </Grid>,
    );
    const grid = container.firstElementChild as HTMLElement;
    expect(grid.style.getPropertyValue('--grid-columns')).toBe('20fr 80fr');
    expect([...grid.children].map((c) => c.textContent)).toEqual(['2026-04-11', 'Notes']);
  });
});

describe('landing-page sections', () => {
  it('are sections around their content', () => {
    render(
      <>
        <Hero>
          <h1>Welcome</h1>
        </Hero>
        <Cards>
          <ul>
            <li>Networking</li>
          </ul>
        </Cards>
      </>,
    );
    expect(screen.getByRole('heading', {name: 'Welcome'}).closest('section')).toHaveClass('hero');
    expect(screen.getByRole('listitem').closest('section')).toHaveClass('cards');
  });
});

describe('UnknownComponent', () => {
  it('shows only its content to readers', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const {container} = render(
      <UnknownComponent name="FeatureNote">
        <p>Kept.</p>
      </UnknownComponent>,
    );
    expect(container.innerHTML).toBe('<p>Kept.</p>');
  });

  it('names the component on the dev server, in the writer’s language', () => {
    vi.stubEnv('NODE_ENV', 'development');
    setTestLocale('en');
    render(
      <UnknownComponent name="FeatureNote">
        <p>Kept.</p>
      </UnknownComponent>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'This site has no component <FeatureNote>: only its content is shown below',
    );
    expect(screen.getByText('Kept.')).toBeInTheDocument();
  });
});

describe('REST reference data', () => {
  const schema = {
    type: 'object',
    required: ['regionId'],
    properties: {
      regionId: {type: 'string', description: 'Region', 'x-i18n': {'ja-JP': {description: 'リージョン'}}},
      labels: {
        type: 'array',
        items: {type: 'object', properties: {key: {type: 'string'}}},
      },
      mode: {anyOf: [{type: 'string'}, {type: 'integer'}], enum: ['a', 'b']},
    },
  };

  it('lists every field by its path, required ones marked, in the page’s language', () => {
    expect(flattenSchema(schema, 'ja-JP')).toEqual([
      {name: 'regionId', type: 'string', required: true, description: 'リージョン', values: undefined},
      {name: 'labels', type: 'object[]', required: false, description: undefined, values: undefined},
      {name: 'labels[].key', type: 'string', required: false, description: undefined, values: undefined},
      {name: 'mode', type: 'string | integer', required: false, description: undefined, values: 'a, b'},
    ]);
    expect(localized({description: 'Region', 'x-i18n': {'zh-CN': {description: '地域'}}}, 'description', 'zh-CN')).toBe(
      '地域',
    );
  });

  it('takes named examples first, else the example; builds a curl command from them', () => {
    expect(examplesOf({examples: {one: {summary: 'One', value: {a: 1}}}, example: {b: 2}})).toEqual([
      {summary: 'One', json: '{\n  "a": 1\n}'},
    ]);
    expect(examplesOf({example: {b: 2}})).toEqual([{json: '{\n  "b": 2\n}'}]);
    expect(examplesOf(undefined)).toEqual([]);
    expect(
      curlExample('post', '/v2/x', [{name: 'Authorization', in: 'header', example: 'Bearer ${API_KEY}'}], '{"a": 1}'),
    ).toBe(
      'curl --request POST \\\n  --url "${BASE_URL}/v2/x" \\\n  --header "Authorization: Bearer ${API_KEY}" \\\n  -d \'{"a": 1}\'',
    );
  });
});

describe('a page MDX cannot parse', () => {
  const page = '---\ntitle: T\nsidebar_custom_props: { badges: [get] }\n---\n\n# Checklist\n\nThe size {at least 2x.\n';

  it('is found with its line; front matter is not MDX', () => {
    expect(mdxParseProblem(page)).toEqual({line: 8, reason: expect.stringMatching(/closing brace/)});
    expect(mdxParseProblem('---\nx: { a: 1 }\n---\n\n# Fine\n')).toBeUndefined();
  });

  it('becomes a notice and its source, the front matter and title kept, with a fence longer than any inside', () => {
    const source = `${page}\n\`\`\`\`js\ncode\n\`\`\`\`\n`;
    const out = fallbackPage(source, {line: 8, reason: 'x'});
    expect(out).toBe(
      '---\ntitle: T\nsidebar_custom_props: { badges: [get] }\n---\n# Checklist\n\n<UnparsedPage line={8} />\n\n`````mdx\n\n\nThe size {at least 2x.\n\n````js\ncode\n````\n\n`````\n',
    );
    expect(mdxParseProblem(out)).toBeUndefined();
  });

  it('as the preprocessor: warns once with file:line and leaves pages that parse alone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const run = exportPreprocessor('/site', []);
      expect(run({filePath: '/site/docs/a.mdx', fileContent: '# Fine {#fine}\n'})).toBe('# Fine {/* #fine */}\n');
      run({filePath: '/site/docs/b.mdx', fileContent: page});
      expect(run({filePath: '/site/docs/b.mdx', fileContent: page})).toContain('<UnparsedPage line={8} />');
      expect(warn.mock.calls).toEqual([
        [
          expect.stringMatching(
            /^\[WARNING\] docs\/b\.mdx:8: MDX cannot parse this page \(.*\); it is shown as its source$/,
          ),
        ],
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
