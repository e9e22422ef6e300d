import {useCallback} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector, useQueryString} from '@docusaurus/theme-common';
import {parsePartyFilter, type PartyFilter} from '@site/src/data/responsibilities/model';
import {PARTY_QUERY_KEY} from '@site/src/data/responsibilities/partyFilter';

/**
 * The party filter lives in the URL (`?party=customer`), so a link opens the
 * filtered view and every component on the page reads the same value.
 * Docusaurus' query-string hook renders "all" while hydrating, as the server
 * HTML does, then the URL's value; what is hidden is CSS's job from the first
 * paint (partyFilterCss, keyed on `<html data-party-filter>`).
 */
export function usePartyFilter(): [PartyFilter, (next: PartyFilter) => void] {
  const [value] = useQueryString(PARTY_QUERY_KEY);
  const filter = parsePartyFilter(value);
  const history = useHistory();
  // Not useQueryString's setter: it drops the #hash, and the hash must stay (a linked row stays shown,
  // and the URL still names the view on screen). Docusaurus does not scroll when only the query changes.
  const setFilter = useCallback(
    (next: PartyFilter) => {
      const params = new URLSearchParams(history.location.search);
      if (next === 'all') params.delete(PARTY_QUERY_KEY);
      else params.set(PARTY_QUERY_KEY, next);
      const search = params.toString();
      // replace, not push: flipping a filter should not fill the back button.
      const {pathname, hash} = history.location;
      history.replace({pathname, search: search ? `?${search}` : '', hash});
    },
    [history],
  );
  return [filter, setFilter];
}

/** The id the URL's `#hash` names; none while hydrating (the server has no hash). */
export function useLinkedId(): string | undefined {
  const hash = useHistorySelector((history) => history.location.hash);
  return hash.length > 1 ? decodeURIComponent(hash.slice(1)) : undefined;
}
