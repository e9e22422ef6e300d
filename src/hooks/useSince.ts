import {useQueryString} from '@docusaurus/theme-common';
import {parseDay, SINCE_QUERY_KEY} from '@site/src/data/responsibilities/changes';

export interface Since {
  /** The `?since=` value as given; null without one. */
  readonly raw: string | null;
  /** The day, when the value is a real YYYY-MM-DD day. */
  readonly day: string | null;
}

/**
 * `?since=2026-12-01` (a reviewer's last look): read from the URL, so a plain link from the console or an
 * e-mail opens the marked view. Empty while hydrating, as the server HTML is (it cannot know the query).
 */
export function useSince(): Since {
  const [value] = useQueryString(SINCE_QUERY_KEY);
  if (value === '') return {raw: null, day: null};
  return {raw: value, day: parseDay(value)};
}
