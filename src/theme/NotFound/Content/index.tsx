import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import {DEFAULT_LOCALE, LOCALE_SETTINGS, type Locale} from '@site/src/i18n/locales';
import {SHARED_RESPONSIBILITIES_PATH} from '@site/src/data/responsibilities/pages';

/**
 * Replaces the stock 404 content (which offers no way back) for one reason
 * more: GitHub Pages answers every miss with the site's root 404.html, the
 * Chinese one, and a miss under /en/ or /ja/ must still speak that language.
 * The Chinese bundle has no other translations, hence these few strings inline.
 */
const OTHER_LOCALES: Record<Exclude<Locale, typeof DEFAULT_LOCALE>, {title: string; body: string; home: string; matrix: string}> = {
  en: {
    title: 'Page not found',
    body: 'We could not find the page you were looking for. It may have moved; start again from here:',
    home: 'Documentation home',
    matrix: 'Shared responsibilities',
  },
  ja: {
    title: 'ページが見つかりません',
    body: 'お探しのページは見つかりませんでした。移動した可能性があります。こちらからやり直してください：',
    home: 'ドキュメントのホーム',
    matrix: '責任共有',
  },
};
type OtherLocale = keyof typeof OTHER_LOCALES;

/** The locale a miss belongs to when the root 404 page answers for another locale's path. */
function useMissLocale(): OtherLocale | null {
  const isBrowser = useIsBrowser();
  const {siteConfig, i18n} = useDocusaurusContext();
  const {pathname} = useLocation();
  if (!isBrowser || i18n.currentLocale !== DEFAULT_LOCALE) return null;
  const locale = (Object.keys(OTHER_LOCALES) as OtherLocale[]).find((l) => pathname.startsWith(`${siteConfig.baseUrl}${l}/`));
  return locale ?? null;
}

function useStrings(other: OtherLocale | null) {
  const {siteConfig} = useDocusaurusContext();
  const localHome = useBaseUrl('/');
  if (other) {
    const home = `${siteConfig.baseUrl}${other}/`;
    return {...OTHER_LOCALES[other], homeHref: home, matrixHref: `${home}${SHARED_RESPONSIBILITIES_PATH.slice(1)}`};
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
  const other = useMissLocale();
  const s = useStrings(other);
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      {other && (
        <Head>
          <html lang={LOCALE_SETTINGS[other].htmlLang} />
          <title>{`${s.title} | ${siteConfig.title}`}</title>
        </Head>
      )}
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            {s.title}
          </Heading>
          <p>{s.body}</p>
          {/* Plain links: under /en/ or /ja/ they lead into another locale's build, unknown to this router. */}
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
