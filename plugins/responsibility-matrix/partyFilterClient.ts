import type {ClientModule} from '@docusaurus/types';
import {parsePartyFilter} from '../../src/data/responsibilities/model';
import {PARTY_FILTER_ATTRIBUTE, PARTY_QUERY_KEY} from '../../src/data/responsibilities/partyFilter';

/**
 * Keeps `<html data-party-filter>` in step with `?party=` after the boot
 * script set it for the first paint: on every route update (a filter button
 * replaces the query; another page has none), before the browser paints.
 */
const partyFilterClient: ClientModule = {
  onRouteDidUpdate({location}) {
    const filter = parsePartyFilter(new URLSearchParams(location.search).get(PARTY_QUERY_KEY));
    const html = document.documentElement;
    if (filter === 'all') html.removeAttribute(PARTY_FILTER_ATTRIBUTE);
    else html.setAttribute(PARTY_FILTER_ATTRIBUTE, filter);
  },
};

export default partyFilterClient;
