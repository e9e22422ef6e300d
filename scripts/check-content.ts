/**
 * The content check: `npm run check:content`. Prints every finding with
 * file:line and its severity; exits non-zero only on errors (warnings and
 * information, such as untranslated pages, do not fail it).
 */
import {checkContent, formatProblem} from './content-check';

const problems = checkContent({root: process.cwd()});
const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
for (const p of problems) (p.severity === 'error' ? console.error : console.log)(formatProblem(p));
console.log(`content check: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)`);
process.exitCode = count('error') === 0 ? 0 : 1;
