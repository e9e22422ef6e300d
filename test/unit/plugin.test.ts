import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import responsibilityMatrixPlugin from '../../plugins/responsibility-matrix';
import {matrix} from '@site/src/data/responsibilities/model';
import {TINY_MATRIX} from './helpers/tinyMatrix';
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

  it("gives a locale's bundle the matrix with that locale's texts only, and the locale's change-log words", async () => {
    const generatedFilesDir = mkdtempSync(path.join(tmpdir(), 'plugin-generated-'));
    const m = {...TINY_MATRIX, retired: {'old-watch': 'alpha'}};
    const ja = {...context(['zh-Hans', 'en', 'ja']), generatedFilesDir} as LoadContext;
    ja.i18n.currentLocale = 'ja';
    const plugin = responsibilityMatrixPlugin(ja, {matrix: m});
    await plugin.loadContent!();
    const {alias} = (
      plugin.configureWebpack!({} as never, false, {} as never, {} as never) as {
        resolve: {alias: Record<string, string>};
      }
    ).resolve;
    const dataDir = path.resolve(__dirname, '../../src/data/responsibilities');
    expect(Object.keys(alias).sort()).toEqual([
      `${path.join(dataDir, 'changeWords/zh-Hans')}$`,
      `${path.join(dataDir, 'sharedResponsibilities')}$`,
    ]);
    expect(alias[`${path.join(dataDir, 'changeWords/zh-Hans')}$`]).toBe(path.join(dataDir, 'changeWords/ja.ts'));
    const written = readFileSync(alias[`${path.join(dataDir, 'sharedResponsibilities')}$`]!, 'utf8');
    expect(written).toContain(
      'export const SHARED_RESPONSIBILITIES_FILE = "src/data/responsibilities/sharedResponsibilities.ts";',
    );
    expect(JSON.parse(/export const sharedResponsibilities = (.*);\n/.exec(written)![1]!)).toEqual({
      version: '2030-01-02',
      parties: [
        {id: 'zilliz', label: {ja: 'Zilliz BYOC'}},
        {id: 'customer', label: {ja: 'お客様'}},
      ],
      sections: [
        {
          id: 'alpha',
          title: {ja: 'アルファ'},
          tasks: [
            {id: 'back-up', label: {ja: 'バックアップ'}, responsible: ['customer']},
            {id: 'watch', label: {ja: '監視'}, responsible: ['zilliz']},
          ],
        },
        {
          id: 'beta',
          title: {ja: 'ベータ'},
          tasks: [{id: 'share', label: {ja: '共有'}, responsible: ['zilliz', 'customer']}],
        },
      ],
      retired: {'old-watch': 'alpha'},
    });
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
