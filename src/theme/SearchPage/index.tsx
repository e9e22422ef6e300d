import React, {useEffect, useRef, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import SearchPage from '@theme-original/SearchPage';

/**
 * The local-search plugin's results page (/search), whose input is labelled
 * "Search" in every language (hard-coded in 0.55.3), and renders it anew as
 * results load. The label is set in the page's language whenever the input
 * (re)appears; everything else on the page is translated by the plugin.
 */
export default function SearchPageWrapper(): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: '搜索',
    description: 'The ARIA label and placeholder for search button',
  });
  useEffect(() => {
    const root = box.current;
    if (!root) return undefined;
    const relabel = () =>
      root.querySelectorAll('input[type="search"]').forEach((input) => {
        if (input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
      });
    relabel();
    const observer = new MutationObserver(relabel);
    observer.observe(root, {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
    return () => observer.disconnect();
  }, [label]);
  return (
    <div ref={box} style={{display: 'contents'}}>
      <SearchPage />
    </div>
  );
}
