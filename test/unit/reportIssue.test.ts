import {describe, expect, it} from 'vitest';
import {languageName, newIssueUrl, repositoryUrlOf} from '../../src/data/reportIssue';
import {repositoryUrlFromEnv} from '../../scripts/lib/repository';

describe('newIssueUrl: a prefilled GitHub issue', () => {
  it('is the repository’s new-issue page with the title and the text as query parameters', () => {
    const url = new URL(
      newIssueUrl('https://github.com/owner/docs', {title: '文档问题：共同责任', body: 'Page: https://x/#a&b\nLine 2'}),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/docs/issues/new');
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('title')).toBe('文档问题：共同责任');
    expect(url.searchParams.get('body')).toBe('Page: https://x/#a&b\nLine 2');
    expect(url.hash).toBe('');
  });

  it('keeps Chinese and Japanese text as text, and escapes what would end the parameter or the address', () => {
    const href = newIssueUrl('https://github.com/owner/docs', {title: '問題：a&b=c #1 + 2', body: '页面\n'});
    expect(href).toBe('https://github.com/owner/docs/issues/new?title=問題：a%26b%3Dc+%231+%2B+2&body=页面%0A');
    expect(new URL(href).searchParams.get('title')).toBe('問題：a&b=c #1 + 2');
  });

  it('names a language by its own name and its code', () => {
    expect(languageName('ja')).toBe('日本語 (ja)');
    expect(languageName('zh-Hans')).toBe('简体中文 (zh-Hans)');
  });

  it('reads the repository the config passes to the pages, and none when it is unknown', () => {
    expect(repositoryUrlOf({repositoryUrl: 'https://github.com/o/r'})).toBe('https://github.com/o/r');
    expect(repositoryUrlOf({repositoryUrl: null})).toBeNull();
    expect(repositoryUrlOf(undefined)).toBeNull();
  });
});

describe('repositoryUrlFromEnv: the repository from the build’s environment', () => {
  it('takes REPOSITORY_URL first, then GitHub Actions’ own variables, else none', () => {
    const github = {GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/byoc-docs'};
    expect(repositoryUrlFromEnv({REPOSITORY_URL: 'https://github.com/a/b/', ...github})).toBe('https://github.com/a/b');
    expect(repositoryUrlFromEnv(github)).toBe('https://github.com/owner/byoc-docs');
    expect(repositoryUrlFromEnv({GITHUB_REPOSITORY: 'owner/byoc-docs'})).toBeUndefined();
    expect(repositoryUrlFromEnv({})).toBeUndefined();
  });

  it('rejects a value that is not a repository’s address, naming it', () => {
    expect(() => repositoryUrlFromEnv({REPOSITORY_URL: 'owner/byoc-docs'})).toThrow(
      'REPOSITORY_URL "owner/byoc-docs" is not a repository’s web address',
    );
  });
});
