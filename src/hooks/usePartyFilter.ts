import {useCallback, useLayoutEffect} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parsePartyFilter, type PartyFilter} from '@site/src/data/responsibilities/model';
import {PARTY_FILTER_ATTRIBUTE, PARTY_QUERY_KEY} from '@site/src/data/responsibilities/partyFilter';

/**
 * The party filter lives in the URL (`?party=customer`), so a link opens the
 * filtered view and every table on the page reads the same value. Before
 * hydration (and with JavaScript off) React renders "all", as the server HTML
 * does; what is hidden is CSS's job, keyed on `<html data-party-filter>`,
 * which the boot script set from the URL before the first paint and this
 * hook keeps in step with the URL from then on.
 */
export function usePartyFilter(): [PartyFilter, (next: PartyFilter) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const filter = isBrowser ? parsePartyFilter(new URLSearchParams(location.search).get(PARTY_QUERY_KEY)) : 'all';

  // Layout effect: applied before the browser paints the new state. Skipped
  // until hydration, so the boot script's value is never cleared in between.
  useLayoutEffect(() => {
    if (!isBrowser) return undefined;
    const html = document.documentElement;
    if (filter === 'all') html.removeAttribute(PARTY_FILTER_ATTRIBUTE);
    else html.setAttribute(PARTY_FILTER_ATTRIBUTE, filter);
    // Leaving the page: other pages (and this one without ?party=) are unfiltered.
    return () => html.removeAttribute(PARTY_FILTER_ATTRIBUTE);
  }, [filter, isBrowser]);

  const setFilter = useCallback(
    (next: PartyFilter) => {
      const params = new URLSearchParams(location.search);
      if (next === 'all') params.delete(PARTY_QUERY_KEY);
      else params.set(PARTY_QUERY_KEY, next);
      const search = params.toString();
      // replace, not push: flipping a filter should not fill the back button.
      // The hash stays: a linked row stays shown (and the URL still names the
      // view on screen); Docusaurus does not scroll when only the query changes.
      history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash});
    },
    [history, location.pathname, location.search, location.hash],
  );

  return [filter, setFilter];
}

/** The task id the URL's `#hash` names, once in the browser (the server has no hash). */
export function useLinkedId(): string | undefined {
  const isBrowser = useIsBrowser();
  const {hash} = useLocation();
  return isBrowser && hash.length > 1 ? decodeURIComponent(hash.slice(1)) : undefined;
}
