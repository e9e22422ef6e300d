import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import {SHARED_RESPONSIBILITIES_PATH} from '@site/src/data/responsibilities/pages';

/**
 * Replaces the stock 404 content (which offers no way back) for one reason
 * more: GitHub Pages answers every miss with the site's root 404.html, the
 * Chinese one, and a miss under /en/ must still speak English. The Chinese
 * bundle has no English translations, hence these few strings inline.
 */
const ENGLISH = {
  title: 'Page not found',
  body: 'We could not find the page you were looking for. It may have moved; start again from here:',
  home: 'Documentation home',
  matrix: 'Shared responsibilities',
};

function useMissIsEnglish(): boolean {
  const isBrowser = useIsBrowser();
  const {siteConfig, i18n} = useDocusaurusContext();
  const {pathname} = useLocation();
  return isBrowser && i18n.currentLocale !== 'en' && pathname.startsWith(`${siteConfig.baseUrl}en/`);
}

function useStrings(english: boolean) {
  const {siteConfig} = useDocusaurusContext();
  const localHome = useBaseUrl('/');
  if (english) {
    const home = `${siteConfig.baseUrl}en/`;
    return {...ENGLISH, homeHref: home, matrixHref: `${home}${SHARED_RESPONSIBILITIES_PATH.slice(1)}`};
  }
  return {
    title: translate({id: 'notFound.title', message: '找不到页面'}),
    body: translate({id: 'notFound.body', message: '没有找到您要访问的页面，它可能已经移动。可以从这里重新开始：'}),
    home: translate({id: 'notFound.home', message: '文档首页'}),
    matrix: translate({id: 'notFound.matrix', message: '共同责任'}),
    homeHref: localHome,
    matrixHref: `${localHome}${SHARED_RESPONSIBILITIES_PATH.slice(1)}`,
  };
}

export default function NotFoundContent({className}: {className?: string}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const english = useMissIsEnglish();
  const s = useStrings(english);
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      {english && (
        <Head>
          <html lang="en" />
          <title>{`${s.title} | ${siteConfig.title}`}</title>
        </Head>
      )}
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            {s.title}
          </Heading>
          <p>{s.body}</p>
          {/* Plain links: under /en/ they lead into another locale's build, unknown to this router. */}
          <ul>
            <li>
              <a href={s.homeHref}>{s.home}</a>
            </li>
            <li>
              <a href={s.matrixHref}>{s.matrix}</a>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
