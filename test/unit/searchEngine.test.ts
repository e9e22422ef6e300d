import {describe, expect, it} from 'vitest';
import {markedHtml, SUGGESTION_LIMIT, toSuggestions, withoutLeadingTitle} from '@site/src/theme/SearchBar/engine';

describe('suggestions from Pagefind results', () => {
  it('keeps the excerpt’s marks and escapes everything else, never twice', () => {
    expect(markedHtml('a <mark>S3</mark> <script>x</script> &amp; "q"')).toBe(
      'a <mark>S3</mark> &lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;',
    );
    expect(markedHtml('管理 <mark>S3 </mark>存储桶')).toBe('管理 <mark>S3</mark> 存储桶');
    expect(markedHtml('<mark><img src=x onerror=alert(1)></mark>')).toBe(
      '<mark>&lt;img src=x onerror=alert(1)&gt;</mark>',
    );
  });

  it('shows a task as its label under page › section, linked to its row', () => {
    expect(
      toSuggestions({
        url: '/docs/en/shared-responsibilities#manage-s3-bucket',
        excerpt: 'Manage <mark>S3</mark> bucket',
        meta: {title: 'Manage S3 bucket', page: 'Shared responsibilities', section: 'Cloud & more'},
      }),
    ).toEqual([
      {
        url: '/docs/en/shared-responsibilities#manage-s3-bucket',
        titleHtml: 'Manage <mark>S3</mark> bucket',
        pathHtml: 'Shared responsibilities › Cloud &amp; more',
      },
    ]);
  });

  it('shows a page by its best sections, page › heading', () => {
    const sub = (title: string, anchor: string, weight: number) => ({
      title,
      url: `/docs/en/a${anchor}`,
      excerpt: `${title} <mark>word</mark>`,
      weighted_locations: [{weight}, {weight}],
    });
    const suggestions = toSuggestions({
      url: '/docs/en/a',
      excerpt: '',
      meta: {title: 'Page'},
      sub_results: [sub('Page', '', 1), sub('One', '#one', 2), sub('Two', '#two', 5), sub('Three', '#three', 3)],
    });
    expect(suggestions.map((s) => [s.url, s.pathHtml])).toEqual([
      ['/docs/en/a#two', 'Page › Two'],
      ['/docs/en/a#three', 'Page › Three'],
      ['/docs/en/a#one', 'Page › One'],
    ]);
    expect(
      toSuggestions({url: '/docs/en/a', excerpt: 'x', meta: {title: 'Page'}, sub_results: [sub('Page', '', 1)]})[0]
        ?.pathHtml,
    ).toBe('Page');
    expect(SUGGESTION_LIMIT).toBeGreaterThan(3);
  });
});

describe('a section hit', () => {
  it('shows its excerpt without the section title run into it', () => {
    expect(withoutLeadingTitle('从这里开始共同责任：哪些<mark>运维</mark>任务', '从这里开始')).toBe(
      '共同责任：哪些<mark>运维</mark>任务',
    );
    expect(withoutLeadingTitle('Limits. Each <mark>cluster</mark> has', 'Limits')).toBe(
      'Each <mark>cluster</mark> has',
    );
    expect(withoutLeadingTitle('<mark>Limits</mark> of a cluster', 'Limits')).toBe('<mark>Limits</mark> of a cluster');
    expect(withoutLeadingTitle('Limits', 'Limits')).toBe('Limits');
    expect(withoutLeadingTitle('Other text', undefined)).toBe('Other text');
  });
});
