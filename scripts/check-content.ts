/**
 * The content check: front matter, both locales, matrix labels, ids, and the
 * spacing of Chinese text. `npm run check:content`; exits non-zero on a problem.
 */
import {checkContent} from './content-check';

const problems = checkContent({root: process.cwd()});
for (const p of problems) console.error(`${p.where}: ${p.message}`);
console.log(problems.length === 0 ? 'content check: no problems' : `content check: ${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
