/**
 * npm run watchdog -- <site URL> [--links console-links.json] [--retry-after <seconds>]
 *
 * Opens every link of the console's deep-link contract (console-links.json,
 * every locale) on a running site in Chromium, each as a fresh load, and lists
 * each link whose page or target is missing. Exits 1 when any is, 2 on a usage
 * error. `--retry-after` checks the broken links once more after that many
 * seconds (a CDN may serve the previous deploy for a few minutes). On GitHub
 * Actions the broken links are also annotated and written to the job summary.
 */
import {appendFileSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium, type Browser} from '@playwright/test';
import type {ConsoleLink, ConsoleLinks} from '../src/data/responsibilities/consoleLinks';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './lib/chromium.mjs';
import {consoleLinkProblem, consoleLinkUrl} from './lib/consoleLinkLanding';

interface Options {
  site: string;
  linksFile: string;
  retryAfter: number;
}

interface Broken {
  link: ConsoleLink;
  url: string;
  problem: string;
}

const USAGE = 'usage: npm run watchdog -- <site URL> [--links <console-links.json>] [--retry-after <seconds>]';
/** Pages open at once: enough to be quick, few enough not to look like an attack on the site. */
const PARALLEL = 4;

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {links: {type: 'string'}, 'retry-after': {type: 'string', default: '0'}},
      allowPositionals: true,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, {cause: error});
  }
  const {values, positionals} = parsed;
  const retryAfter = Number(values['retry-after']);
  if (!Number.isFinite(retryAfter) || retryAfter < 0) throw new Error(`--retry-after takes seconds\n${USAGE}`);
  const [site, ...more] = positionals;
  if (more.length > 0) throw new Error(`one site URL only (got ${[site, ...more].join(' and ')})\n${USAGE}`);
  if (!site) throw new Error(USAGE);
  if (!/^https?:\/\//.test(site)) throw new Error(`not a site URL: ${site} (expected http(s)://…)\n${USAGE}`);
  return {site, linksFile: values.links ?? path.join(__dirname, '../console-links.json'), retryAfter};
}

function readLinks(file: string): ConsoleLink[] {
  let contract: Partial<ConsoleLinks>;
  try {
    contract = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the console links (${(error as Error).message})`, {cause: error});
  }
  if (!Array.isArray(contract.links) || contract.links.length === 0) throw new Error(`${file}: no "links" to check`);
  return contract.links;
}

/**
 * Checks the links, PARALLEL pages at a time. Each link gets a new page, so a
 * fresh load (not a hash change within a page); pages of one worker share a
 * context, so the site's scripts come from the cache after the first.
 */
async function check(browser: Browser, site: string, links: ConsoleLink[]): Promise<Broken[]> {
  const broken: Broken[] = [];
  const queue = [...links];
  const worker = async () => {
    const context = await browser.newContext();
    for (let link = queue.shift(); link; link = queue.shift()) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const problem = (await consoleLinkProblem(page, site, link)) ?? (errors[0] && `script error: ${errors[0]}`);
      if (problem) broken.push({link, url: consoleLinkUrl(site, link), problem});
      await page.close();
    }
    await context.close();
  };
  await Promise.all(Array.from({length: PARALLEL}, worker));
  // In the contract's order, so two runs list the same breakage alike.
  return broken.sort((a, b) => links.indexOf(a.link) - links.indexOf(b.link));
}

function report(site: string, total: number, broken: Broken[]): void {
  for (const {link, url, problem} of broken) {
    console.log(`  ✗ [${link.locale}] ${link.kind} ${url}: ${problem}`);
    if (process.env.GITHUB_ACTIONS === 'true')
      console.log(`::error title=Broken console link::[${link.locale}] ${url}: ${problem}`);
  }
  const summary =
    broken.length === 0
      ? `watchdog: all ${total} console links land on their targets on ${site}`
      : `watchdog: ${broken.length} of ${total} console links broken on ${site}`;
  console.log(summary);
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  if (!stepSummary) return;
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const table = broken.length
    ? [
        '',
        '| locale | kind | link | problem |',
        '| --- | --- | --- | --- |',
        ...broken.map(({link, url, problem}) => `| ${link.locale} | ${link.kind} | <${url}> | ${cell(problem)} |`),
      ]
    : [];
  appendFileSync(stepSummary, [`### Console links watchdog`, '', summary, ...table, ''].join('\n'));
}

async function main(): Promise<number> {
  let options: Options;
  let links: ConsoleLink[];
  try {
    options = readOptions(process.argv.slice(2));
    links = readLinks(options.linksFile);
  } catch (error) {
    console.error(`watchdog: ${(error as Error).message}`);
    return 2;
  }
  console.log(`watchdog: ${links.length} console links on ${options.site}`);
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});
  try {
    let broken = await check(browser, options.site, links);
    if (broken.length > 0 && options.retryAfter > 0) {
      console.log(`watchdog: ${broken.length} broken; checking them again in ${options.retryAfter} s`);
      await new Promise((resolve) => setTimeout(resolve, options.retryAfter * 1000));
      broken = await check(
        browser,
        options.site,
        broken.map((b) => b.link),
      );
    }
    report(options.site, links.length, broken);
    return broken.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`watchdog: ${(error as Error).stack ?? error}`);
    process.exit(2);
  },
);
