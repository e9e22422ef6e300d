import {useCallback} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parsePartyFilter, type PartyFilter} from '@site/src/data/responsibilities/model';

export const PARTY_QUERY_KEY = 'party';

/**
 * The party filter lives in the URL (`?party=customer`), so a link opens the
 * filtered view and every table on the page reads the same value. Before
 * hydration (and with JavaScript off) it is always "all": the server HTML has
 * every row, and the first client render must match it.
 */
export function usePartyFilter(): [PartyFilter, (next: PartyFilter) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const filter = isBrowser
    ? parsePartyFilter(new URLSearchParams(location.search).get(PARTY_QUERY_KEY))
    : 'all';

  const setFilter = useCallback(
    (next: PartyFilter) => {
      const params = new URLSearchParams(location.search);
      if (next === 'all') params.delete(PARTY_QUERY_KEY);
      else params.set(PARTY_QUERY_KEY, next);
      const search = params.toString();
      // replace, not push: flipping a filter should not fill the back button.
      history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: ''});
    },
    [history, location.pathname, location.search],
  );

  return [filter, setFilter];
}
