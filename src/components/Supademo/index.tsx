import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Translate, {translate} from '@docusaurus/Translate';
import {SUPADEMO_ORIGIN} from './origin';
import styles from './styles.module.css';

export function supademoUrls(id: string): {demo: string; embed: string} {
  const safe = encodeURIComponent(id);
  return {demo: `${SUPADEMO_ORIGIN}/demo/${safe}`, embed: `${SUPADEMO_ORIGIN}/embed/${safe}`};
}

/**
 * An interactive demo hosted by a third party. The page loads nothing from
 * that host until the reader asks: a labelled preview of fixed size (no
 * layout shift) shows the title, a button that loads the demo in place, and
 * a plain link to it, which is all a reader without JavaScript gets.
 */
export default function Supademo({id, title}: {id: string; title: string}): ReactNode {
  const [loaded, setLoaded] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const isBrowser = useIsBrowser();
  const {demo, embed} = supademoUrls(id);
  // Keyboard and screen-reader users land in the demo they asked for.
  useEffect(() => {
    if (loaded) frame.current?.focus();
  }, [loaded]);
  return (
    <figure className={styles.demo} aria-label={title}>
      <div className={styles.frame}>
        {loaded ? (
          <iframe
            ref={frame}
            src={embed}
            title={title}
            allow="clipboard-write; fullscreen"
            allowFullScreen
            className={styles.iframe}
          />
        ) : (
          <div className={styles.preview} data-pagefind-ignore>
            <p className={styles.title}>{title}</p>
            {isBrowser && (
              <button type="button" className="button button--primary" onClick={() => setLoaded(true)}>
                <Translate id="supademo.load">加载交互式演示</Translate>
              </button>
            )}
            <p className={styles.note}>
              <Translate id="supademo.privacy">演示由 Supademo 提供，点击后才从其网站加载。</Translate>
            </p>
          </div>
        )}
      </div>
      <figcaption className={styles.caption}>
        {/* eslint-disable-next-line @docusaurus/no-html-links -- server-rendered link to the third-party demo, works without JavaScript */}
        <a href={demo} target="_blank" rel="noopener noreferrer">
          {translate({id: 'supademo.openLink', message: '在 Supademo 打开演示：{title}'}, {title})}
        </a>
      </figcaption>
    </figure>
  );
}
