import React, {lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

// The local-search bar (about 18 KB of gzip JavaScript and its CSS) is only
// fetched once a reader reaches for it: on hover, focus, touch or Ctrl/⌘+K.
// plugins/lean-bundle keeps its code out of the chunks every page loads.
const SearchBar = lazy(() => import('@theme-original/SearchBar'));

function typeInto(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

/**
 * Moves focus, and what was typed into the stand-in, over to the real search
 * input. The real bar wires up its suggestion list only after focus (it loads
 * the index then) and resets the input as it does, so the text is typed again
 * once the list listens.
 */
function handOver(typed: string): () => void {
  const input = document.querySelector<HTMLInputElement>('.navbar__search input.navbar__search-input');
  if (!input) return () => {};
  input.focus();
  if (!typed) return () => {};
  typeInto(input, typed);
  const started = Date.now();
  const timer = window.setInterval(() => {
    const wired = input.getAttribute('aria-autocomplete') !== null;
    if (wired && input.value !== typed) typeInto(input, typed);
    if ((wired && input.value === typed) || Date.now() - started > 10_000) window.clearInterval(timer);
  }, 50);
  return () => window.clearInterval(timer);
}

function RealSearchBar({onReady}: {onReady: () => void}): ReactNode {
  useEffect(onReady, [onReady]);
  return <SearchBar />;
}

export default function LazySearchBar(): ReactNode {
  // The stand-in stays in place while the real bar loads, so neither focus
  // nor typing is lost; then the real bar takes over.
  const [requested, setRequested] = useState(false);
  const [ready, setReady] = useState(false);
  const [typed, setTyped] = useState('');
  const typedRef = useRef('');
  const standIn = useRef<HTMLInputElement>(null);
  const onReady = useCallback(() => setReady(true), []);
  const request = useCallback(() => setRequested(true), []);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: '搜索',
    description: 'The ARIA label and placeholder for search button',
  });

  useEffect(() => {
    if (requested) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        standIn.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [requested]);

  useEffect(() => (ready ? handOver(typedRef.current) : undefined), [ready]);

  return (
    <>
      {!ready && (
        <div className={`navbar__search ${styles.standIn}`}>
          <input
            ref={standIn}
            type="search"
            className="navbar__search-input"
            placeholder={label}
            aria-label={label}
            value={typed}
            onChange={(e) => {
              typedRef.current = e.target.value;
              setTyped(e.target.value);
            }}
            onFocus={request}
            onPointerEnter={request}
            onTouchStart={request}
          />
        </div>
      )}
      {requested && (
        <div hidden={!ready}>
          <Suspense fallback={null}>
            <RealSearchBar onReady={onReady} />
          </Suspense>
        </div>
      )}
    </>
  );
}
