import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import MDXImg from '@theme-original/MDXComponents/Img';
import styles from './styles.module.css';

type Props = ComponentProps<typeof MDXImg>;

/**
 * A page's image at its own size. One that fails to load (a remote host
 * down, a moved file) gives way to a small placeholder in the reader's
 * language, with the image's description if it has one, instead of the
 * browser's broken-image icon in an empty box.
 */
export default function DocImage(props: Props): ReactNode {
  const [failed, setFailed] = useState(false);
  const image = useRef<HTMLImageElement>(null);
  // An image that failed before the page hydrated fired its error event unheard.
  useEffect(() => {
    const img = image.current;
    if (img?.complete && img.naturalWidth === 0 && img.currentSrc) setFailed(true);
  }, []);
  if (failed)
    return (
      <span className={styles.failed} data-image-failed="">
        <span className={styles.notice}>
          <Translate id="docImage.failed">图片无法加载</Translate>
        </span>
        {props.alt && <span>{props.alt}</span>}
      </span>
    );
  // An image without a description is decorative: an empty alt says so (the build drops empty ones).
  return <MDXImg {...props} alt={props.alt ?? ''} ref={image} onError={() => setFailed(true)} />;
}
