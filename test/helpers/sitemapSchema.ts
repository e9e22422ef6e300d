import {readFileSync} from 'node:fs';
import path from 'node:path';
import {validateXML} from 'xmllint-wasm';

const SCHEMA_DIR = path.join(__dirname, '../fixtures/sitemap-schema');
/** The sitemaps.org 0.9 schema, as the `sitemap` package ships it. */
const SITEMAP_XSD = require.resolve('sitemap/schema/sitemap.xsd');

const file = (fileName: string, full: string) => ({fileName, contents: readFileSync(full, 'utf8')});

/**
 * Validates a sitemap or a sitemap index against the sitemap 0.9 schema with libxml2 (xmllint, as WebAssembly: no
 * system package needed); returns xmllint's errors, none when valid.
 */
export async function sitemapSchemaErrors(name: string, xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{fileName: name.replace(/[^\w.-]/g, '_'), contents: xml}],
    schema: [file('sitemaps.xsd', path.join(SCHEMA_DIR, 'sitemaps.xsd'))],
    preload: [file('sitemap.xsd', SITEMAP_XSD), file('xhtml-link.xsd', path.join(SCHEMA_DIR, 'xhtml-link.xsd'))],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
