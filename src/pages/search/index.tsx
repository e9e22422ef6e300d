import React, {useEffect, useState, type FormEvent, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm, useQueryString} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {Suggestion} from '@site/src/theme/SearchBar/engine';
import hit from '@site/src/theme/SearchBar/hit.module.css';
import styles from './styles.module.css';

/** Results listed on the page (the navbar lists fewer). */
const RESULT_LIMIT = 30;

/**
 * The results page (`/search?q=…`), where the navbar's "see all results"
 * leads: the same engine as the navbar (src/theme/SearchBar/engine.ts), more
 * results, and a box to search again. Not itself indexed (noindex, and left
 * out of the search index by plugins/search-pagefind).
 */
export default function SearchPage(): ReactNode {
  const {
    siteConfig: {baseUrl},
  } = useDocusaurusContext();
  // Empty while hydrating, as the server rendered the page; then the URL's `?q=`.
  const [rawQuery, setQuery] = useQueryString('q');
  const query = rawQuery.trim();
  const [found, setFound] = useState<{query: string; results: Suggestion[]} | null>(null);
  const {selectMessage} = usePluralForm();

  useEffect(() => {
    if (!query) return undefined;
    let current = true;
    import(/* webpackChunkName: "search" */ '@site/src/theme/SearchBar/engine')
      .then((engine) => engine.search(baseUrl, query, RESULT_LIMIT))
      .then((results) => current && setFound({query, results}))
      .catch(() => current && setFound({query, results: []}));
    return () => {
      current = false;
    };
  }, [baseUrl, query]);

  const label = translate({
    id: 'theme.SearchBar.label',
    message: '搜索',
    description: 'The ARIA label and placeholder for search button',
  });
  const title = query
    ? translate(
        {
          id: 'theme.SearchPage.existingResultsTitle',
          message: '“{query}” 的搜索结果',
          description: 'The search page title for non-empty query',
        },
        {query},
      )
    : translate({
        id: 'theme.SearchPage.emptyResultsTitle',
        message: '在文档中搜索',
        description: 'The search page title for empty query',
      });
  const results = found?.query === query ? found.results : undefined;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget).get('q');
    setQuery(typeof q === 'string' && q.trim() ? q.trim() : null);
  };

  return (
    <Layout title={title}>
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <form role="search" className={styles.form} onSubmit={onSubmit}>
          <input
            key={query}
            type="search"
            name="q"
            className={styles.input}
            defaultValue={query}
            aria-label={label}
            placeholder={label}
            autoComplete="off"
          />
          <button type="submit" className="button button--primary">
            {label}
          </button>
        </form>
        {query && (
          <p role="status" className={styles.status}>
            {results === undefined ? (
              <Translate id="searchBar.loading">正在加载搜索索引…</Translate>
            ) : results.length === 0 ? (
              <Translate id="theme.SearchPage.noResultsText" description="The paragraph for empty search result">
                没有找到任何文档
              </Translate>
            ) : (
              selectMessage(
                results.length,
                translate(
                  {
                    id: 'theme.SearchPage.documentsFound.plurals',
                    message: '共找到 {count} 个结果',
                    description:
                      'Pluralized label for "{count} documents found". Use as much plural forms (separated by "|") as your language support (see https://www.unicode.org/cldr/cldr-aux/charts/34/supplemental/language_plural_rules.html)',
                  },
                  {count: results.length},
                ),
              )
            )}
          </p>
        )}
        {results && results.length > 0 && (
          <ol className={styles.results}>
            {results.map((r, i) => (
              <li key={r.url + i} className={styles.result}>
                <Link to={r.url} className={hit.title} dangerouslySetInnerHTML={{__html: r.titleHtml}} />
                {r.contextHtml && <span className={hit.path} dangerouslySetInnerHTML={{__html: r.contextHtml}} />}
                {r.excerptHtml && <span className={hit.excerpt} dangerouslySetInnerHTML={{__html: r.excerptHtml}} />}
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
