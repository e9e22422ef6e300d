import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {toLocale} from '@site/src/data/responsibilities/model';
import {languageName, newIssueUrl, repositoryUrlOf} from '@site/src/data/reportIssue';
import styles from './styles.module.css';

/**
 * "Report a problem": a prefilled new issue in the site's repository naming the doc's address and the reader's
 * language. A plain link, rendered on the server: it works without JavaScript and sends nothing until clicked.
 * Nothing when the build does not know its repository.
 */
export default function ReportProblem(): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const {metadata} = useDoc();
  const repositoryUrl = repositoryUrlOf(siteConfig.customFields);
  if (repositoryUrl === null) return null;
  const locale = toLocale(i18n.currentLocale);
  const page = `${siteConfig.url}${metadata.permalink}`;
  const href = newIssueUrl(repositoryUrl, {
    title: translate(
      {id: 'reportProblem.issueTitle', message: '文档问题：{page}', description: 'Title of the issue a reader reports'},
      {page: metadata.title},
    ),
    body: translate(
      {
        id: 'reportProblem.issueBody',
        message: '页面：{url}\n语言：{language}\n\n哪里有误：\n',
        description: 'Text of the issue a reader reports; the reader writes below the last line',
      },
      {url: page, language: languageName(locale)},
    ),
  });
  return (
    <Link href={href} className={styles.report} data-report="page">
      {translate({
        id: 'reportProblem.link',
        message: '报告问题',
        description: 'Link to report a problem with the page',
      })}
    </Link>
  );
}
