import React, {type ReactNode} from 'react';
import Icon from '@theme-original/DocCard/Heading/Icon';
import type IconType from '@theme/DocCard/Heading/Icon';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof IconType>;

/** The stock card's fallback icons are emoji (🗃 📄️ 🔗), drawn as boxes where no emoji font is installed. */
const FALLBACK_EMOJI = ['🗃', '📄️', '📄', '🔗'];

const PATHS = {
  // A folder: a section of the sidebar.
  category: 'M3 6.5A1.5 1.5 0 0 1 4.5 5h4l2 2h9A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z',
  // A page with a folded corner.
  link: 'M6 3h8l5 5v12a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zm8 0v5h5M8.5 13h7M8.5 16.5h7',
};

// Wrapped, not swizzled: the card's default icon is drawn (SVG), not left to an emoji font; an emoji the
// label starts with (the writer's choice) stays.
export default function IconWrapper(props: Props): ReactNode {
  if (typeof props.icon !== 'string' || !FALLBACK_EMOJI.includes(props.icon)) return <Icon {...props} />;
  const icon = (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
      className={styles.icon}>
      <path d={props.item.type === 'category' ? PATHS.category : PATHS.link} />
    </svg>
  );
  return <Icon {...props} icon={icon} />;
}
