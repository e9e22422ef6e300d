import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {sharedResponsibilities} from '../src/data/responsibilities/sharedResponsibilities';
import type {Locale} from '../src/i18n/locales';
import {expect, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';
import {TEST_BUILD_DIR, TEST_REPOSITORY_URL, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

const PAGE = 'shared-responsibilities';
const MATRIX_DATA = 'src/data/responsibilities/sharedResponsibilities.ts';
/** The page's source in each locale: the translation for English and Japanese, docs/ for Chinese. */
const SOURCE: Record<Locale, string> = {
  'zh-Hans': `docs/${PAGE}.mdx`,
  en: `i18n/en/docusaurus-plugin-content-docs/current/${PAGE}.mdx`,
  ja: `i18n/ja/docusaurus-plugin-content-docs/current/${PAGE}.mdx`,
};

/** What each locale's page says, written out here. */
const EXPECTED: Record<
  Locale,
  {
    lastUpdated: (date: string) => string;
    report: string;
    language: string;
    row: {label: string; name: string; marks: string};
  }
> = {
  'zh-Hans': {
    lastUpdated: (date) => `最后于 ${date} 更新`,
    report: '报告问题',
    language: '语言：简体中文 (zh-Hans)',
    row: {
      label: '管理 S3 存储桶',
      name: '报告“管理 S3 存储桶”一行的问题',
      marks: '标记：Zilliz BYOC：不负责; 客户：负责',
    },
  },
  en: {
    lastUpdated: (date) => `Last updated on ${date}`,
    report: 'Report a problem',
    language: 'Language: English (en)',
    row: {
      label: 'Manage S3 bucket',
      name: 'Report a problem with the row “Manage S3 bucket”',
      marks: 'Marks: Zilliz BYOC: Not responsible; Customer: Responsible',
    },
  },
  ja: {
    lastUpdated: (date) => `${date}に最終更新`,
    report: '問題を報告',
    language: '言語：日本語 (ja)',
    row: {
      label: 'S3 バケットの管理',
      name: '「S3 バケットの管理」の行の問題を報告',
      marks: 'マーク：Zilliz BYOC：担当しない; お客様：担当',
    },
  },
};

/** The last commit of a file, from git itself. */
const committed = (file: string) =>
  Number(execFileSync('git', ['log', '-1', '--format=%ct', '--', file], {encoding: 'utf8'})) * 1000;

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: the matrix page says when it changed, links its source and reports the page or a row, asking no other host`, async ({
    page,
  }) => {
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).origin));
    const expected = EXPECTED[locale];
    await gotoHydrated(page, pagePath(prefix, PAGE));
    const address = page.url();

    // When it changed: the latest of the page's commit, the matrix data's commit and the matrix version, in the
    // reader's language; never earlier than the matrix's own "updated" date in the toolbar.
    const version = sharedResponsibilities.version;
    const changed = Math.max(committed(SOURCE[locale]), committed(MATRIX_DATA), Date.parse(`${version}T00:00:00Z`));
    const shown = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    const lastUpdated = page.locator('.theme-last-updated');
    await expect(lastUpdated).toHaveText(expected.lastUpdated(shown.format(changed)));
    const datetime = await lastUpdated.locator('time').getAttribute('datetime');
    expect(Date.parse(datetime!)).toBe(changed);
    await expect(page.locator(`time[datetime="${version}"]`).first()).toBeAttached();
    expect(datetime!.slice(0, 10) >= version).toBe(true);

    // Edit this page: this locale's own source file in the repository.
    await expect(page.locator('a.theme-edit-this-page')).toHaveAttribute(
      'href',
      `${TEST_REPOSITORY_URL}/edit/main/${SOURCE[locale]}`,
    );

    // Report a problem: a new issue naming the page's address and its language.
    const report = page.getByRole('link', {name: expected.report, exact: true});
    const issue = new URL((await report.getAttribute('href'))!);
    expect(`${issue.origin}${issue.pathname}`).toBe(`${TEST_REPOSITORY_URL}/issues/new`);
    expect(issue.searchParams.get('title')).toContain(await page.locator('article h1').innerText());
    const body = issue.searchParams.get('body')!;
    expect(body).toContain(address);
    expect(body).toContain(expected.language);

    // A row's report: the flag after the row's label, just before its copy-link button, reached by keyboard.
    const row = page.locator('tr#manage-s3-bucket');
    await row.getByRole('button').focus();
    await page.keyboard.press('Shift+Tab');
    const rowReport = row.getByRole('link', {name: expected.row.name});
    await expect(rowReport).toBeFocused();
    const rowIssue = new URL((await rowReport.getAttribute('href'))!);
    expect(`${rowIssue.origin}${rowIssue.pathname}`).toBe(`${TEST_REPOSITORY_URL}/issues/new`);
    expect(rowIssue.searchParams.get('title')).toContain('manage-s3-bucket');
    const rowBody = rowIssue.searchParams.get('body')!;
    expect(rowBody).toContain(`${address}#manage-s3-bucket`);
    expect(rowBody).toContain(expected.language);
    expect(rowBody).toContain(expected.row.marks);
    expect(rowBody).toContain(version);
    await expect(page.locator('a[data-report="row"]')).toHaveCount(
      sharedResponsibilities.sections.flatMap((s) => s.tasks).length,
    );

    // Nothing of it is printed.
    await page.emulateMedia({media: 'print'});
    for (const link of [report, rowReport, page.locator('a.theme-edit-this-page')]) await expect(link).toBeHidden();
    await page.emulateMedia({media: 'screen'});
    await expect(rowReport).toBeVisible();

    // The links only point elsewhere: the page asked no other host for anything.
    expect([...hosts]).toEqual([TEST_SITE_URL]);
  });
}

test('a click on a row’s report opens the prefilled issue in a new tab (answered here: nothing leaves the machine)', async ({
  page,
  context,
}) => {
  const opened: string[] = [];
  await context.route(`${TEST_REPOSITORY_URL}/**`, (route) => {
    opened.push(route.request().url());
    return route.fulfill({contentType: 'text/html', body: '<title>stub</title>'});
  });
  await gotoHydrated(page, pagePath('en/', PAGE));
  const link = page.locator('tr#manage-s3-bucket').getByRole('link', {name: EXPECTED.en.row.name});
  // The address as the browser sends it: its Chinese or Japanese text percent-encoded.
  const href = new URL((await link.getAttribute('href'))!).href;
  const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(href);
  expect(opened).toEqual([href]);
});

test('a page not translated yet links the file it is shown from; an English-only page its English file', () => {
  const editLink = (file: string) =>
    /class="?theme-edit-this-page"?[^>]*href=([^ >]+)|href=([^ >]+)[^>]*class="?theme-edit-this-page/
      .exec(readFileSync(path.join(TEST_BUILD_DIR, file), 'utf8'))
      ?.slice(1)
      .find(Boolean);
  expect(editLink('en/corpus/byoc-comparison.html')).toBe(
    `${TEST_REPOSITORY_URL}/edit/main/test/corpus/byoc-comparison.mdx`,
  );
  expect(editLink('en/corpus/byoc-aws-vpc.html')).toBe(
    `${TEST_REPOSITORY_URL}/edit/main/test/corpus/byoc-aws-vpc.en.mdx`,
  );
  expect(editLink('ja/corpus/byoc-aws-vpc.html')).toBe(
    `${TEST_REPOSITORY_URL}/edit/main/i18n/ja/docusaurus-plugin-content-docs-corpus/current/byoc-aws-vpc.en.mdx`,
  );
});
