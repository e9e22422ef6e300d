import {createHash} from 'node:crypto';

/**
 * The site's content-security policy and referrer policy, written into every
 * built page as `<meta>` tags (GitHub Pages sets no response headers).
 * Runs in Node.js after each locale is built (`npm run build`, ./write.ts).
 */

/** Hosts outside the site that a page may use, by what for (content.config.ts states them). */
export interface PolicyHosts {
  /** Image origins of exported pages, e.g. `https://assets.zilliz.com`. */
  images: readonly string[];
  /** Origins a page may frame: the demo host, framed only once a reader opens a demo. */
  frames: readonly string[];
}

/** What the site inlines: the texts of its inline `<script>`s and `<style>`s. */
export interface InlineCode {
  scripts: readonly string[];
  styles: readonly string[];
}

/** No more than the origin leaves the site (and nothing over plain HTTP). */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

const ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d+)?$/;

/** `'sha256-…'`: a CSP hash source of an inline script's or style's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Script types a browser runs; any other `type` (JSON-LD, JSON) is a data block that CSP does not govern.
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * The inline code of one HTML page: every `<script>` without `src` that a
 * browser would run, and every `<style>` element. (Script and style are raw
 * text in HTML: their text ends at the first closing tag, so a pattern finds
 * them exactly as the browser hashes them.)
 */
export function inlineCode(html: string): InlineCode {
  return {scripts: inlineScripts(html).map((s) => s.text), styles: inlineStyles(html)};
}

function inlineScripts(html: string): {attrs: string; text: string}[] {
  const scripts: {attrs: string; text: string}[] = [];
  for (const [, attrs = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (attribute(attrs, 'src') !== undefined) continue;
    if (!EXECUTABLE_TYPE.test((attribute(attrs, 'type') ?? '').trim())) continue;
    scripts.push({attrs, text});
  }
  return scripts;
}

const inlineStyles = (html: string) =>
  [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, text = '']) => text);

/**
 * The inline code of a page that a client-side navigation can bring into another page, whose policy then has to
 * allow it: the scripts of its `<head>` that React Helmet manages (`data-rh`: a `<Head><script>` of a component or
 * page, inserted again on every visit), and its `<style>` elements, which components render (the matrix's filter
 * styles). Every other inline script runs only while its own page loads: the colour-mode and filter boot scripts,
 * React's streaming instructions, a redirect, the 404 hand-over, and the base-URL banner (Helmet-managed, but
 * rendered on the server only).
 */
export function clientNavigationCode(html: string): InlineCode {
  return {
    scripts: inlineScripts(html)
      .filter((s) => attribute(s.attrs, 'data-rh') !== undefined)
      .map((s) => s.text),
    styles: inlineStyles(html),
  };
}

function checkHosts(hosts: PolicyHosts): void {
  for (const origin of [...hosts.images, ...hosts.frames])
    if (!ORIGIN.test(origin))
      throw new Error(`content-security policy: "${origin}" is not an https origin (https://host, no path)`);
}

const sorted = (texts: readonly string[]) => [...new Set(texts.map(hashSource))].sort();

/**
 * The policy: everything from the site itself; inline scripts and `<style>`s
 * only by hash; WebAssembly from the site (the search); images also from `data:` and the image hosts; frames only
 * from the demo host. Style *attributes* are allowed inline: React (code
 * highlighting) and the exports' raw HTML write them, they cannot be hashed
 * without 'unsafe-hashes' and a list that changes with every export, and
 * they can neither run script nor load from another host (img-src and
 * font-src still apply to what they reference).
 */
export function contentSecurityPolicy(code: InlineCode, hosts: PolicyHosts): string {
  checkHosts(hosts);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Search (Pagefind) compiles its WebAssembly from the site: 'wasm-unsafe-eval' allows that and nothing
    // else (never 'unsafe-eval', which would let strings run as script).
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(code.scripts)],
    ['style-src', "'self'", ...sorted(code.styles)],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', ...hosts.images],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The search (Pagefind) runs in a worker loaded from the site.
    ['worker-src', "'self'"],
    ['frame-src', ...(hosts.frames.length > 0 ? hosts.frames : ["'none'"])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The two `<meta>` tags, to stand before anything a page loads or runs. */
export function securityMetaTags(policy: string): string {
  return (
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">` +
    `<meta name="referrer" content="${REFERRER_POLICY}">`
  );
}

/**
 * Puts the tags right after `<meta charset>` (or at the start of `<head>`):
 * a policy in `<meta>` governs only what comes after it. `file` names the page
 * in errors.
 */
export function withSecurityMeta(html: string, policy: string, file: string): string {
  if (/<meta[^>]+http-equiv=["']?content-security-policy/i.test(html))
    throw new Error(`content-security policy: ${file} already has a Content-Security-Policy <meta>`);
  const anchor = /<meta\s+charset[^>]*>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error(`content-security policy: ${file} has no <head> or <meta charset> to put the policy in`);
  const at = anchor.index + anchor[0].length;
  const before = html.slice(0, at);
  if (/<(?:script|style|link)\b/i.test(before))
    throw new Error(`content-security policy: ${file} loads a script or style before <meta charset>`);
  return `${before}${securityMetaTags(policy)}${html.slice(at)}`;
}
