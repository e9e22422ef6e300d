// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import Procedures from '@site/src/components/Procedures';
import Supademo, {supademoUrls} from '@site/src/components/Supademo';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';
import {pageLanguage} from '@site/src/components/UntranslatedNotice/language';
import DocTable from '@site/src/components/DocTable';
import {readDocStatus} from '@site/src/components/DocStatus/status';
import {setTestLocale} from './stubs/locale';
import {setHydrated} from './stubs/useIsBrowser';

afterEach(() => setHydrated(true));

describe('Supademo', () => {
  it('shows a labelled preview and loads nothing from Supademo until asked', async () => {
    setTestLocale('en');
    const {container} = render(<Supademo id="cm0demo" title="Create a BYOC project" />);
    expect(screen.getByRole('figure', {name: 'Create a BYOC project'})).toBeInTheDocument();
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('link', {name: 'Open the demo on Supademo: Create a BYOC project'})).toHaveAttribute(
      'href',
      'https://app.supademo.com/demo/cm0demo',
    );
    fireEvent.click(screen.getByRole('button', {name: 'Load the interactive demo'}));
    const frame = await screen.findByTitle('Create a BYOC project');
    expect(frame).toHaveAttribute('src', 'https://app.supademo.com/embed/cm0demo');
    expect(frame).toHaveFocus();
  });

  it('without JavaScript it is a plain link (no dead button)', () => {
    setHydrated(false);
    render(<Supademo id="x" title="演示" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', {name: '在 Supademo 打开演示：演示'})).toHaveAttribute(
      'href',
      'https://app.supademo.com/demo/x',
    );
  });

  it('escapes the id in its URLs', () => {
    expect(supademoUrls('a/b?c')).toEqual({
      demo: 'https://app.supademo.com/demo/a%2Fb%3Fc',
      embed: 'https://app.supademo.com/embed/a%2Fb%3Fc',
    });
  });
});

describe('Procedures', () => {
  it('keeps the steps an ordered list', () => {
    render(
      <Procedures>
        <ol>
          <li>
            <p>Download</p>
            <p>Body</p>
          </li>
          <li>
            <p>Deploy</p>
          </li>
        </ol>
      </Procedures>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('list').tagName).toBe('OL');
  });
});

describe('pages in another language than the reader’s', () => {
  const locales = ['zh-Hans', 'en', 'ja'];
  it.each([
    ['@site/docs/a.mdx', 'zh-Hans'],
    ['@site/docs/aws-vpc.en.mdx', 'en'],
    ['@site/i18n/en/docusaurus-plugin-content-docs/current/a.mdx', 'en'],
    ['@site/i18n/ja/docusaurus-plugin-content-docs/current/aws-vpc.en.mdx', 'ja'],
    ['@site/test/corpus/v2.4.mdx', 'zh-Hans'],
  ])('%s is written in %s', (source, language) => {
    expect(pageLanguage(source, locales, 'zh-Hans')).toBe(language);
  });

  it('the Chinese site shows an English-only page with a Chinese notice, the text marked English', () => {
    const {container} = render(
      <UntranslatedNotice source="@site/docs/aws-vpc.en.mdx">
        <p>Set up a VPC</p>
      </UntranslatedNotice>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('本页尚未翻译成中文，以下为原文（English）。');
    expect(container.querySelector('div[lang="en"]')).toHaveTextContent('Set up a VPC');
  });

  it('says nothing when the page is in the reader’s language', () => {
    setTestLocale('en');
    render(
      <UntranslatedNotice source="@site/docs/aws-vpc.en.mdx">
        <p>Set up a VPC</p>
      </UntranslatedNotice>,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('DocTable and DocStatus for exports', () => {
  it('names a scrolling table after its label', () => {
    render(
      <DocTable label="实例规格">
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </DocTable>,
    );
    expect(screen.getByRole('region', {name: '表格：实例规格'})).toHaveAttribute('tabindex', '0');
  });

  it('knows PRIVATE and shows no badge for an unknown beta', () => {
    expect(readDocStatus({beta: 'PRIVATE'}).beta).toBe('PRIVATE');
    expect(readDocStatus({beta: 'LIMITED ACCESS'}).beta).toBeUndefined();
    expect(readDocStatus({beta: false}).beta).toBeUndefined();
  });
});
