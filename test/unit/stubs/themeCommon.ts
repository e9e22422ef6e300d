import {useHistory, useLocation} from 'react-router-dom';
import type {History} from 'history';

// The two history hooks of @docusaurus/theme-common the site uses, over the
// test's router (the real module pulls in the whole theme, JSX files included).
export function useHistorySelector<T>(selector: (history: History) => T): T {
  useLocation(); // re-render on navigation, as the real hook does
  return selector(useHistory());
}

export function useQueryString(key: string): [string, (value: string | null) => void] {
  const history = useHistory();
  const value = new URLSearchParams(useLocation().search).get(key) ?? '';
  return [value, (next) => history.replace({search: next ? `?${key}=${next}` : ''})];
}
