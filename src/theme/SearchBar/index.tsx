import React, {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Suggestion} from './engine';
import hit from './hit.module.css';
import styles from './styles.module.css';

/*
 * The navbar search: one input, rendered by the server, that the reader types
 * into from first key to last. Nothing ever replaces it or writes into it while
 * they type, so no key press and no IME composition can be lost. The search
 * code (`engine.ts`, Pagefind's script and WebAssembly, the index's entry) loads
 * on the first hover, focus or key; every query is answered for the text the input holds
 * when its results arrive, so text typed before the code loaded gets its
 * suggestions as soon as it has.
 */

type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;

function loadEngine(baseUrl: string): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "search" */ './engine').then(async (m) => {
    await m.preload(baseUrl);
    return m;
  });
  return engine;
}

/** The text searched for, and the latest suggestions (for `answered`, which may lag behind while the reader types). */
type Results = {query: string; suggestions?: Suggestion[]; answered?: string};

export default function SearchBar(): ReactNode {
  const {
    siteConfig: {baseUrl},
  } = useDocusaurusContext();
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const [results, setResults] = useState<Results | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Enter pressed before the suggestions for the current text arrived: take the first when they do.
  const enterPending = useRef(false);

  const preload = useCallback(() => {
    loadEngine(baseUrl).catch(() => {
      engine = undefined; // try again on the next key
    });
  }, [baseUrl]);

  /** Searches for what the input holds now; only the answer for the latest text is shown. */
  const update = useCallback(async () => {
    const query = input.current?.value ?? '';
    if (!query.trim()) {
      setResults(null);
      return;
    }
    setResults((r) => (r?.query === query ? r : {...r, query}));
    const suggestions = await (await loadEngine(baseUrl)).search(baseUrl, query);
    if (input.current?.value !== query) return; // a newer query is on its way
    setResults({query, suggestions, answered: query});
    setActive(suggestions.length > 0 ? 0 : -1);
    if (enterPending.current && suggestions[0]) go(suggestions[0].url);
    enterPending.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- go only uses refs, setters and history
  }, [baseUrl]);

  const search = useCallback(() => {
    setOpen(true);
    update().catch(() => setResults(null));
  }, [update]);

  // Text typed before React took over the server-rendered input.
  useEffect(() => {
    if (!input.current?.value) return;
    if (document.activeElement === input.current) setOpen(true);
    update().catch(() => setResults(null));
  }, [update]);

  // Ctrl/⌘+K from anywhere on the page.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'k' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const suggestions = results?.suggestions ?? [];
  const showing = open && results !== null;
  const listed = showing && results.suggestions !== undefined && suggestions.length > 0;

  function go(url: string) {
    setOpen(false);
    setResults(null);
    if (input.current) {
      input.current.value = '';
      input.current.blur();
    }
    history.push(url);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results) return;
      e.preventDefault();
      setOpen(true);
      if (suggestions.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter') {
      if (!results) return;
      e.preventDefault();
      const chosen = results.answered === results.query ? suggestions[Math.max(active, 0)] : undefined;
      if (chosen) go(chosen.url);
      else enterPending.current = results.answered !== results.query;
    } else if (e.key === 'Escape' && showing) {
      // First Escape closes the list; the next one clears the box (the browser's own for type="search").
      e.preventDefault();
      setOpen(false);
    }
  };

  const label = translate({
    id: 'theme.SearchBar.label',
    message: '搜索',
    description: 'The ARIA label and placeholder for search button',
  });

  return (
    <div className={clsx('navbar__search', styles.search)} role="search">
      <input
        ref={input}
        type="search"
        className={clsx('navbar__search-input', styles.input)}
        placeholder={label}
        aria-label={label}
        aria-keyshortcuts="Control+K Meta+K"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listed ? listId : undefined}
        aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        onInput={search}
        onFocus={() => {
          preload();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onPointerEnter={preload}
        onTouchStart={preload}
        onKeyDown={onKeyDown}
      />
      {showing && (
        // Keeps focus in the input while the pointer chooses, so the list stays open for the click.
        // data-answered: the text the suggestions shown answer (they may be an earlier text's while a query runs).
        <div className={styles.popup} data-answered={results.answered} onMouseDown={(e) => e.preventDefault()}>
          {results.suggestions === undefined ? (
            <p className={styles.note} role="status">
              {translate({id: 'searchBar.loading', message: '正在加载搜索索引…'})}
            </p>
          ) : suggestions.length === 0 ? (
            <p className={styles.note} role="status">
              {translate({id: 'theme.SearchBar.noResultsText', message: '没有找到任何文档'})}
            </p>
          ) : (
            <ul
              id={listId}
              role="listbox"
              className={styles.list}
              aria-label={translate({id: 'searchBar.results', message: '搜索建议'})}>
              {suggestions.map((s, i) => (
                <li
                  key={s.url + i}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={styles.option}
                  onMouseMove={() => setActive(i)}
                  onClick={() => go(s.url)}>
                  <span className={clsx(hit.title, styles.title)} dangerouslySetInnerHTML={{__html: s.titleHtml}} />
                  {s.contextHtml && <span className={hit.path} dangerouslySetInnerHTML={{__html: s.contextHtml}} />}
                  {s.excerptHtml && (
                    <span
                      className={clsx(hit.excerpt, styles.excerpt)}
                      dangerouslySetInnerHTML={{__html: s.excerptHtml}}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {/* eslint-disable-next-line @docusaurus/no-html-links -- the query is built at run time; onClick routes it through the history */}
          <a
            className={styles.seeAll}
            href={`${baseUrl}search?q=${encodeURIComponent(results.query)}`}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey) return;
              e.preventDefault();
              go(`${baseUrl}search?q=${encodeURIComponent(results.query)}`);
            }}>
            {translate({id: 'theme.SearchBar.seeAll', message: '查看全部结果'})}
          </a>
        </div>
      )}
    </div>
  );
}
