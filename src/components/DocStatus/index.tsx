import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {CONTACT_SALES_URL} from '@site/src/data/siteLinks';
import {readDocStatus, type Beta} from './status';
import styles from './styles.module.css';

function betaLabel(beta: Beta): string {
  switch (beta) {
    case 'CONTACT SALES':
      return translate({id: 'docStatus.beta.contactSales', message: '按需开通'});
    case 'PUBLIC PREVIEW':
      return translate({id: 'docStatus.beta.publicPreview', message: '公开预览'});
    case 'PRIVATE PREVIEW':
      return translate({id: 'docStatus.beta.privatePreview', message: '私有预览'});
    case 'PRIVATE':
      return translate({id: 'docStatus.beta.private', message: '定向开放'});
  }
}

/** Badges and notices from front matter, shown above a doc's title. */
export default function DocStatus({frontMatter}: {frontMatter: Record<string, unknown>}): ReactNode {
  const {beta, addedSince, deprecatedSince} = readDocStatus(frontMatter);
  if (!beta && !addedSince && !deprecatedSince) return null;
  return (
    // Page furniture: badges say how to get the feature, not what the page is about (left out of search).
    <div className={styles.status} data-pagefind-ignore>
      {beta && (
        <p className={styles.line}>
          <span className={styles.badge} data-beta={beta}>
            {betaLabel(beta)}
          </span>
          {/* Not shown (the line is a flex row), but the page's text and its Markdown keep the words apart. */}
          {beta === 'CONTACT SALES' && ' '}
          {beta === 'CONTACT SALES' && (
            <span className={styles.note}>
              <Translate
                id="docStatus.beta.contactSalesNote"
                values={{
                  contactSales: (
                    <Link href={CONTACT_SALES_URL}>
                      <Translate id="docStatus.beta.contactSalesLink">联系销售</Translate>
                    </Link>
                  ),
                }}>
                {'请{contactSales}开通。'}
              </Translate>
            </span>
          )}
        </p>
      )}
      {addedSince && (
        <p className={styles.line}>
          <span className={styles.notice}>
            <Translate id="docStatus.addedSince" values={{version: <code>{addedSince}</code>}}>
              {'自 {version} 起提供'}
            </Translate>
          </span>
        </p>
      )}
      {deprecatedSince && (
        <p className={styles.line}>
          <span className={styles.deprecated}>
            <Translate id="docStatus.deprecatedSince" values={{version: <code>{deprecatedSince}</code>}}>
              {'自 {version} 起弃用'}
            </Translate>
          </span>
        </p>
      )}
    </div>
  );
}
