import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {writeContentSecurityPolicy} from '../../scripts/content-security-policy';
import {
  clientNavigationCode,
  contentSecurityPolicy,
  hashSource,
  inlineCode,
  REFERRER_POLICY,
  withSecurityMeta,
} from '@site/scripts/content-security-policy/policy';
import {EXTERNAL_HOSTS} from '../../content.config';
import {tempTree} from './helpers/tempTree';

const HOSTS = {images: ['https://assets.zilliz.com'], frames: ['https://app.supademo.com']};
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('inline code of a built page', () => {
  it('finds the scripts a browser runs and every <style>, as written, whatever the quoting', () => {
    const html =
      '<head><meta charset=UTF-8><script>a()</script><script type=module>b()</script>' +
      '<script src=/x.js defer></script><script data-rh=true type=application/ld+json>{"@type":"x"}</script>' +
      '<script type="text/javascript">c()\n</script><style>p{color:red}</style></head>' +
      '<body><script>\n  d();\n</script><style data-x>\n.a{}</style></body>';
    expect(inlineCode(html)).toEqual({
      scripts: ['a()', 'b()', 'c()\n', '\n  d();\n'],
      styles: ['p{color:red}', '\n.a{}'],
    });
  });

  it('a client-side navigation can bring in the scripts React Helmet manages and the <style>s components render, nothing else', () => {
    const html =
      '<head><meta charset=UTF-8><script>colourMode()</script><script data-rh=true>banner()</script>' +
      '<script data-rh=true type=application/ld+json>{"@type":"x"}</script></head>' +
      '<body><style>p{}</style><script>$RC("B:1","S:1")</script></body>';
    expect(clientNavigationCode(html)).toEqual({scripts: ['banner()'], styles: ['p{}']});
  });

  it('hashes text the way browsers do (SHA-256, base64)', () => {
    // The well-known SHA-256 of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('é')).not.toBe(hashSource('e'));
  });
});

describe('the policy', () => {
  const policy = contentSecurityPolicy({scripts: ['a()', 'a()', 'b()'], styles: ['p{}']}, HOSTS);

  it('allows scripts from the site, WebAssembly (the search) and inline ones by hash only, once each', () => {
    expect(directive(policy, 'script-src')).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${[hashSource('a()'), hashSource('b()')].sort().join(' ')}`,
    );
    expect(policy).not.toMatch(/'unsafe-eval'|'strict-dynamic'|\*/);
    expect(directive(policy, 'script-src')).not.toContain('unsafe-inline');
  });

  it('allows styles from the site and <style> by hash; only style attributes inline', () => {
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${hashSource('p{}')}`);
    expect(directive(policy, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
  });

  it('allows images from the site, data: and the image hosts; frames only from the demo host', () => {
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: https://assets.zilliz.com");
    expect(directive(policy, 'frame-src')).toBe('frame-src https://app.supademo.com');
    for (const d of ['default-src', 'font-src', 'connect-src', 'worker-src', 'base-uri', 'form-action'])
      expect(directive(policy, d)).toBe(`${d} 'self'`);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  });

  it('frames nothing when there is no demo host', () => {
    const none = contentSecurityPolicy({scripts: [], styles: []}, {images: [], frames: []});
    expect(directive(none, 'frame-src')).toBe("frame-src 'none'");
  });

  it('refuses a host that is not an https origin, naming it', () => {
    expect(() =>
      contentSecurityPolicy({scripts: [], styles: []}, {images: ['http://img.example.com'], frames: []}),
    ).toThrow('content-security policy: "http://img.example.com" is not an https origin');
    expect(() =>
      contentSecurityPolicy({scripts: [], styles: []}, {images: [], frames: ['https://demo.example.com/embed']}),
    ).toThrow('"https://demo.example.com/embed" is not an https origin');
  });

  it('the site states its hosts as https origins', () => {
    expect(() => contentSecurityPolicy({scripts: [], styles: []}, EXTERNAL_HOSTS)).not.toThrow();
    expect(EXTERNAL_HOSTS.frames).toEqual(['https://app.supademo.com']);
  });
});

describe('the tags in a page', () => {
  it('go right after <meta charset>, before anything is loaded or run', () => {
    const html = '<!doctype html><html><head><meta charset=UTF-8><script>x()</script></head></html>';
    expect(withSecurityMeta(html, "default-src 'self'", 'a.html')).toBe(
      '<!doctype html><html><head><meta charset=UTF-8>' +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
        `<meta name="referrer" content="${REFERRER_POLICY}">` +
        '<script>x()</script></head></html>',
    );
  });

  it('fail clearly on a page without <head>, one that runs code first, or one that has a policy', () => {
    expect(() => withSecurityMeta('<p>hi</p>', 'x', 'en/a.html')).toThrow(
      'content-security policy: en/a.html has no <head> or <meta charset> to put the policy in',
    );
    expect(() => withSecurityMeta('<head><script>x()</script><meta charset=UTF-8>', 'x', 'b.html')).toThrow(
      'b.html loads a script or style before <meta charset>',
    );
    const once = withSecurityMeta('<head><meta charset=UTF-8></head>', 'x', 'c.html');
    expect(() => withSecurityMeta(once, 'x', 'c.html')).toThrow('c.html already has a Content-Security-Policy <meta>');
  });
});

describe('the pass npm run build runs after each locale', () => {
  let outDir = '';
  afterEach(() => rmSync(outDir, {recursive: true, force: true}));

  it('writes into every page of the locale, nested pages included, a policy for its own inline code and for what a client-side navigation brings; other locales are left alone', async () => {
    outDir = tempTree('csp-pass', {
      'index.html':
        '<html><head><meta charset=UTF-8><script>one()</script><script data-rh=true>banner()</script></head></html>',
      'matrix/index.html': '<html><head><meta charset=UTF-8></head><body><style>p{}</style><script>two()</script>',
      'old/index.html': '<head><meta charset="UTF-8"></head><script>go()</script>',
      'en/index.html': '<html><head><meta charset=UTF-8><script>en()</script></head></html>',
    });
    const written = await writeContentSecurityPolicy({
      siteDir: outDir,
      localeDir: outDir,
      skip: [path.join(outDir, 'en')],
      hosts: HOSTS,
    });
    expect(written).toBe(3);
    const read = (f: string) => readFileSync(path.join(outDir, f), 'utf8');
    const hashes = (file: string, name: string) =>
      directive(/content="([^"]+)"/.exec(read(file))![1]!, name)!.match(/'sha256-[^']+'/g);
    // The Helmet-managed banner script and the rendered style reach every page; each page's other scripts stay its own.
    expect(hashes('index.html', 'script-src')).toEqual([hashSource('one()'), hashSource('banner()')].sort());
    expect(hashes('matrix/index.html', 'script-src')).toEqual([hashSource('two()'), hashSource('banner()')].sort());
    expect(hashes('old/index.html', 'script-src')).toEqual([hashSource('go()'), hashSource('banner()')].sort());
    for (const file of ['index.html', 'matrix/index.html', 'old/index.html'])
      expect(hashes(file, 'style-src'), file).toEqual([hashSource('p{}')]);
    expect(read('en/index.html')).not.toContain('Content-Security-Policy');
  });

  it('refuses a page that already has a policy, naming it relative to the site', async () => {
    outDir = tempTree('csp-pass', {'a.html': '<head><meta charset=UTF-8></head>'});
    const pass = {siteDir: path.dirname(outDir), localeDir: outDir, skip: [], hosts: HOSTS};
    await writeContentSecurityPolicy(pass);
    await expect(writeContentSecurityPolicy(pass)).rejects.toThrow(
      `${path.join(path.basename(outDir), 'a.html')} already has a Content-Security-Policy <meta>`,
    );
  });
});
