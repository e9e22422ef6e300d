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
        excerptHtml: '',
        contextHtml: 'Shared responsibilities › Cloud &amp; more',
      },
    ]);
  });

  it('shows a page by its best sections: the heading as title, the page as context, the text apart', () => {
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
    expect(suggestions).toEqual([
      {url: '/docs/en/a#two', titleHtml: 'Two', contextHtml: 'Page', excerptHtml: '<mark>word</mark>'},
      {url: '/docs/en/a#three', titleHtml: 'Three', contextHtml: 'Page', excerptHtml: '<mark>word</mark>'},
      {url: '/docs/en/a#one', titleHtml: 'One', contextHtml: 'Page', excerptHtml: '<mark>word</mark>'},
    ]);
    expect(
      toSuggestions({url: '/docs/en/a', excerpt: 'x', meta: {title: 'Page'}, sub_results: [sub('Page', '', 1)]}),
    ).toEqual([{url: '/docs/en/a', titleHtml: 'Page', contextHtml: '', excerptHtml: '<mark>word</mark>'}]);
    expect(toSuggestions({url: '/docs/en/b', excerpt: 'a <mark>b</mark> & c', meta: {title: 'B & C'}})).toEqual([
      {url: '/docs/en/b', titleHtml: 'B &amp; C', contextHtml: '', excerptHtml: 'a <mark>b</mark> &amp; c'},
    ]);
    expect(SUGGESTION_LIMIT).toBeGreaterThan(3);
  });
});

describe('a section hit', () => {
  it('is titled by its heading alone, marked, when the excerpt is only the heading', () => {
    expect(
      toSuggestions({
        url: '/en/sr',
        excerpt: '',
        meta: {title: 'Shared responsibilities'},
        sub_results: [
          {title: 'Service availability\u200b', url: '/en/sr#sa', excerpt: 'Service <mark>availability.</mark>'},
        ],
      }),
    ).toEqual([
      {
        url: '/en/sr#sa',
        titleHtml: 'Service <mark>availability</mark>',
        excerptHtml: '',
        contextHtml: 'Shared responsibilities',
      },
    ]);
  });

  it('shows its excerpt without the section title run into it', () => {
    expect(withoutLeadingTitle('从这里开始共同责任：哪些<mark>运维</mark>任务', '从这里开始')).toBe(
      '共同责任：哪些<mark>运维</mark>任务',
    );
    expect(withoutLeadingTitle('Limits. Each <mark>cluster</mark> has', 'Limits')).toBe(
      'Each <mark>cluster</mark> has',
    );
    expect(withoutLeadingTitle('<mark>Limits</mark> of a cluster', 'Limits')).toBe('<mark>Limits</mark> of a cluster');
    expect(withoutLeadingTitle('Limits', 'Limits')).toBe('');
    expect(withoutLeadingTitle('<mark>Service</mark> availability.', 'Service availability')).toBe('');
    expect(withoutLeadingTitle('サービス<mark>可用性</mark>.', 'サービス可用性')).toBe('');
    expect(withoutLeadingTitle('Other text', undefined)).toBe('Other text');
  });
});
