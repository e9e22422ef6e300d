/**
 * Writes console-links.json, the deep-link contract with the Zilliz console,
 * from the matrix data. Run it after adding a section or a task:
 *   npm run write-console-links
 */
import {writeFileSync} from 'node:fs';
import {consoleLinks} from '../src/data/responsibilities/consoleLinks';
import {matrix} from '../src/data/responsibilities/model';

writeFileSync('console-links.json', `${JSON.stringify(consoleLinks(matrix), null, 2)}\n`);
console.log('wrote console-links.json');
