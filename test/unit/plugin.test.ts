import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import responsibilityMatrixPlugin from '../../plugins/responsibility-matrix';
import {matrix} from '@site/src/data/responsibilities/model';
import {partyFilterBootScript, partyFilterCss} from '@site/src/data/responsibilities/partyFilter';

const context = (locales: string[]) =>
  ({i18n: {locales, defaultLocale: 'zh-Hans', currentLocale: 'zh-Hans'}}) as unknown as LoadContext;
const broken = () => JSON.parse(JSON.stringify(matrix));

describe('the build plugin', () => {
  it('fails the build on bad data, naming the file and the task', async () => {
    const m = broken();
    m.sections[4].tasks[3].responsible = ['zilliz', 'vendor'];
    const plugin = responsibilityMatrixPlugin(context(['zh-Hans', 'en']), {matrix: m});
    await expect(plugin.loadContent!()).rejects.toThrow(
      'src/data/responsibilities/sharedResponsibilities.ts: task "break-glass-access" (section "technical-support") names unknown party "vendor"',
    );
  });

  it('fails when a locale the site builds has no labels', async () => {
    const plugin = responsibilityMatrixPlugin(context(['zh-Hans', 'en', 'ja', 'ko']), {matrix});
    await expect(plugin.loadContent!()).rejects.toThrow(/section "cloud-management" has no title for locale "ko"/);
  });

  it('writes the exports next to the page after a build', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'plugin-out-'));
    const plugin = responsibilityMatrixPlugin(context(['zh-Hans', 'en']));
    await plugin.postBuild!({
      outDir,
      i18n: {currentLocale: 'en', locales: ['zh-Hans', 'en'], defaultLocale: 'zh-Hans'},
      siteConfig: {url: 'https://example.com', baseUrl: '/docs/'},
      baseUrl: '/docs/en/',
    } as never);
    expect(JSON.parse(readFileSync(path.join(outDir, 'shared-responsibilities.en.json'), 'utf8')).locale).toBe('en');
    expect(readFileSync(path.join(outDir, 'shared-responsibilities.en.csv'), 'utf8')).toMatch(
      /^\uFEFFTask ID,Section,Task,Responsible,Zilliz BYOC,Customer,Matrix version,Last changed\r\n/,
    );
  });

  it('puts the party filter on <html> from the URL, and its CSS, before the body is parsed', () => {
    const plugin = responsibilityMatrixPlugin(context(['zh-Hans', 'en']));
    const tags = plugin.injectHtmlTags!({content: undefined});
    expect(tags).toEqual({
      headTags: [
        {tagName: 'style', innerHTML: partyFilterCss()},
        {tagName: 'script', innerHTML: partyFilterBootScript()},
      ],
    });
    // …and keeps the attribute in step with the URL from then on.
    expect(plugin.getClientModules!()).toEqual(
      expect.arrayContaining([expect.stringMatching(/partyFilterClient\.ts$/)]),
    );
  });
});
