import {spawnSync} from 'node:child_process';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import type {ConsoleLinks} from '../src/data/responsibilities/consoleLinks';
import type {MatrixJson} from '../src/data/responsibilities/exports';
import type {Locale} from '../src/i18n/locales';
import {exportFileName} from '../src/data/responsibilities/pages';
import {pageFile} from '../scripts/import-matrix/pages';
import {expect, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';
import {readMatrix} from './matrix';
import {changedFiles, removeScratch, scratchRepo, treeDigest} from '../test/helpers/scratchRepo';
import {TEST_BASE_URL} from '../scripts/lib/testSite.mjs';

/**
 * The docs team's procedure end to end, in a scratch copy of the repository:
 * import changed exports (a mark changed, a task added, a task retired), build
 * every locale, and find each change where readers and the console look.
 */
const ROOT = path.join(__dirname, '..');
const FIXTURES = 'test/fixtures/import-matrix';
const BASELINE = `${FIXTURES}/baseline`;
/** The added task's label in each locale, as the fixtures write it (Chinese spaced by AutoCorrect). */
const NEW_TASK = {
  id: 'rotate-tls-certificates',
  label: {'zh-Hans': '轮换 TLS 证书', en: 'Rotate TLS certificates', ja: 'TLS 証明書のローテーション'} as Record<
    Locale,
    string
  >,
};
/** The UTC days the import ran on (it dates the matrix with its own "today"): one, or two across midnight. */
const importDays = new Set<string>();
const utcDay = () => new Date().toISOString().slice(0, 10);

let copy: string;
let server: Server;
let site: string;
const imports: {status: number | null; stdout: string; stderr: string; written: string[]}[] = [];

function importExports() {
  const args = ['jiti', 'scripts/import-matrix.ts', '--retire', 'break-glass-access'];
  for (const {locale} of LOCALE_ROUTES) args.push(`--${locale}`, `${FIXTURES}/e2e.${locale}.mdx`);
  const before = treeDigest(copy);
  const result = spawnSync('npx', args, {cwd: copy, encoding: 'utf8'});
  const written = changedFiles(before, treeDigest(copy));
  imports.push({status: result.status, stdout: result.stdout, stderr: result.stderr, written});
}

test.describe.configure({mode: 'serial'});

test.beforeAll(async () => {
  test.setTimeout(600_000);
  copy = scratchRepo('byoc-import');
  // The fixtures were written against a frozen baseline of the data and its exports: start the copy from it, so
  // tasks added to the live data since (the recipes in src/data/responsibilities/README.md) do not make the import refuse the fixtures.
  const data = 'src/data/responsibilities';
  const baselineData = readFileSync(path.join(ROOT, BASELINE, 'sharedResponsibilities.ts'), 'utf8');
  writeFileSync(
    path.join(copy, data, 'sharedResponsibilities.ts'),
    baselineData.replace(/from '[./]+\/src\/data\/responsibilities\/types'/, "from './types'"),
  );
  cpSync(path.join(ROOT, BASELINE, 'editor-exports'), path.join(copy, data, 'editor-exports'), {recursive: true});
  for (const {locale} of LOCALE_ROUTES)
    cpSync(path.join(ROOT, BASELINE, 'pages', `${locale}.mdx`), path.join(copy, pageFile(locale)));
  importDays.add(utcDay());
  importExports();
  importExports();
  importDays.add(utcDay());
  const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    // No persistent cache: it lives in the linked node_modules, shared with the real checkout.
    env: {...process.env, BASE_URL: TEST_BASE_URL, SITE_URL: 'http://127.0.0.1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
  });
  if (build.status !== 0) throw new Error(`build of the imported copy failed:\n${build.stdout}\n${build.stderr}`);
  // Imported here: the script's command-line part awaits at top level, which a static import cannot load.
  const {startServer} = await import('../scripts/serve-gh-pages.mjs');
  server = await startServer({dir: path.join(copy, 'build'), base: TEST_BASE_URL, port: 0});
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TEST_BASE_URL}`;
});

test.afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (copy) removeScratch(copy);
});

test('the import prints each change, and a second import finds nothing to do', () => {
  const [first, second] = imports;
  expect(first!.stderr).toBe('');
  expect(first!.status).toBe(0);
  expect(first!.stdout.split('\n')).toEqual(
    expect.arrayContaining([
      '+ task "rotate-tls-certificates" in "upgrade-and-security": Rotate TLS certificates [Zilliz BYOC]',
      '~ mark "logging" (Logging), Zilliz BYOC: (empty) → ✔',
      '- retired "break-glass-access": its links now land on #technical-support',
      expect.stringMatching(
        new RegExp(
          `^version \\(the matrix's "updated" date\\): \\d{4}-\\d\\d-\\d\\d → (${[...importDays].join('|')})$`,
        ),
      ),
    ]),
  );
  // What the import may write, and nothing else: the data, the console contract, the exports it imported.
  expect(first!.written).toEqual([
    '~ console-links.json',
    '~ src/data/responsibilities/changeLog.ts',
    '~ src/data/responsibilities/editor-exports/en.mdx',
    '~ src/data/responsibilities/editor-exports/ja.mdx',
    '~ src/data/responsibilities/editor-exports/zh-Hans.mdx',
    '~ src/data/responsibilities/sharedResponsibilities.ts',
  ]);
  expect(second!.status).toBe(0);
  expect(second!.stdout).toContain('no changes: the data already matches these exports');
  expect(second!.written).toEqual([]);
});

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: the page shows the new task and the changed mark`, async ({page, consoleProblems}) => {
    await gotoHydrated(page, `${site}${prefix}shared-responsibilities#${NEW_TASK.id}`);
    await expect(page.locator(`tr#${NEW_TASK.id}`)).toBeInViewport();
    const sections = await readMatrix(page);
    const tasks = sections.flatMap((s) => s.tasks.map((t) => ({...t, section: s.id})));
    expect(tasks.find((t) => t.id === NEW_TASK.id)).toEqual({
      id: NEW_TASK.id,
      label: NEW_TASK.label[locale],
      responsible: ['zilliz'],
      section: 'upgrade-and-security',
    });
    expect(tasks.find((t) => t.id === 'logging')?.responsible).toEqual(['zilliz', 'customer']);
    expect(tasks.find((t) => t.id === 'break-glass-access')).toBeUndefined();
    expect(consoleProblems).toEqual([]);
  });

  test(`${locale}: an old console link to the retired task lands on its section`, async ({page, consoleProblems}) => {
    // A phone: the tables above the section lay out late (content-visibility), the hard case for landing.
    await page.setViewportSize({width: 390, height: 800});
    // Cold, as from the console.
    await gotoHydrated(page, `${site}${prefix}shared-responsibilities#break-glass-access`);
    await expect(page).toHaveURL(`${site}${prefix}shared-responsibilities#technical-support`);
    await expect(page.locator('#technical-support')).toBeInViewport({ratio: 1});
    // Below the sticky navbar, not under it.
    const navbar = await page.locator('.navbar').boundingBox();
    expect((await page.locator('#technical-support').boundingBox())!.y).toBeGreaterThanOrEqual(
      navbar!.y + navbar!.height,
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(consoleProblems).toEqual([]);
  });

  test(`${locale}: the JSON and CSV downloads carry the change`, async ({request}) => {
    const json = (await (await request.get(`${site}${prefix}${exportFileName(locale, 'json')}`)).json()) as MatrixJson;
    const tasks = json.sections.flatMap((s) => s.tasks);
    expect([...importDays]).toContain(json.version);
    expect(tasks.find((t) => t.id === NEW_TASK.id)).toEqual({
      id: NEW_TASK.id,
      label: NEW_TASK.label[locale],
      responsible: ['zilliz'],
    });
    expect(tasks.find((t) => t.id === 'logging')?.responsible).toEqual(['zilliz', 'customer']);

    const rows: string[][] = parse(
      await (await request.get(`${site}${prefix}${exportFileName(locale, 'csv')}`)).text(),
      {bom: true},
    );
    const [header, ...body] = rows;
    const row = body.find((r) => r[0] === NEW_TASK.id && r.includes(NEW_TASK.label[locale]));
    expect(row, `CSV row "${NEW_TASK.label[locale]}"`).toBeDefined();
    const party = (label: string) => header!.indexOf(label);
    const zilliz = party(json.parties.find((p) => p.id === 'zilliz')!.label);
    const customer = party(json.parties.find((p) => p.id === 'customer')!.label);
    expect([row![zilliz], row![customer]]).toEqual(['✔', '']);
  });
}

test('console-links.json, in the repository and on the site, links the new task and no longer the retired one', async ({
  request,
}) => {
  const committed: ConsoleLinks = JSON.parse(readFileSync(path.join(copy, 'console-links.json'), 'utf8'));
  const published = (await (await request.get(`${site}console-links.json`)).json()) as ConsoleLinks & {site: string};
  expect(published).toEqual({site: `http://127.0.0.1${TEST_BASE_URL}`, ...committed});
  expect([...importDays]).toContain(committed.matrixVersion);
  for (const {locale, prefix} of LOCALE_ROUTES) {
    const paths = committed.links.filter((l) => l.locale === locale).map((l) => l.path);
    expect(paths).toContain(`/${prefix}shared-responsibilities#${NEW_TASK.id}`);
    expect(paths).not.toContain(`/${prefix}shared-responsibilities#break-glass-access`);
  }
});
