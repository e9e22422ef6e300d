import type {ReactNode} from 'react';
import type {Props} from '@theme/Icon/Arrow';

/**
 * The sidebar's collapse and expand arrow ("»", turned by the theme's CSS), drawn as two strokes in the theme's grey:
 * the stock icon's outlined paths are a few hundred bytes of every page's HTML.
 */
export default function IconArrow(props: Props): ReactNode {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" {...props}>
      <path
        d="m3.75 3 4.5 7-4.5 7m8-14 4.5 7-4.5 7"
        fill="none"
        stroke="#7a7a7a"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
