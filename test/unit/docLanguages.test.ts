import {describe, expect, it} from 'vitest';
import {docLanguages} from '../../plugins/doc-languages';

const locales = ['zh-Hans', 'en', 'ja'];
const docs = (...list: [string, string][]) => ({loadedVersions: [{docs: list.map(([id, source]) => ({id, source}))}]});

describe('doc-languages', () => {
  // What each locale's build loads: a translation's source is in its locale's folder.
  const inChinese = {
    default: docs(['aws-vpc.en', '@site/docs/aws-vpc.en.mdx'], ['index', '@site/docs/index.mdx']),
    corpus: docs(['networking/byoc-dns', '@site/test/corpus/networking/byoc-dns.mdx']),
  };
  const inJapanese = {
    default: docs(['aws-vpc.en', '@site/docs/aws-vpc.en.mdx'], ['index', '@site/docs/index.mdx']),
    corpus: docs(
      ['networking/byoc-dns', '@site/test/corpus/networking/byoc-dns.mdx'],
      [
        'networking/byoc-egress',
        '@site/i18n/ja/docusaurus-plugin-content-docs-corpus/current/networking/byoc-egress.mdx',
      ],
    ),
  };

  it('lists, per docs plugin, the docs a locale shows in another language', () => {
    expect(docLanguages(inChinese, locales, 'zh-Hans', 'zh-Hans')).toEqual({default: {'aws-vpc.en': 'en'}, corpus: {}});
    expect(docLanguages(inJapanese, locales, 'zh-Hans', 'ja')).toEqual({
      default: {'aws-vpc.en': 'en', index: 'zh-Hans'},
      corpus: {'networking/byoc-dns': 'zh-Hans'},
    });
  });

  it('is empty without docs plugins', () => {
    expect(docLanguages(undefined, locales, 'zh-Hans', 'en')).toEqual({});
  });
});
