import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import {matrix, toLocale} from '../../src/data/responsibilities/model';
import {SHARED_RESPONSIBILITIES_PATH} from '../../src/data/responsibilities/pages';
import {MATRIX_IGNORE_SELECTORS, withMatrixTasks, type SearchDocument} from './matrixDocuments';

/*
 * @easyops-cn/docusaurus-search-local (pinned at 0.55.3), wrapped so that the
 * matrix is indexed task by task. Docusaurus runs the postBuild of all plugins
 * at once, so a separate plugin could not be sure the index is written yet:
 * this one runs the original's postBuild, then rebuilds the index with the
 * original's own builder. Both helpers are internal modules of the pinned
 * version; an upgrade must check them (the e2e search tests do).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const searchLocal = require('@easyops-cn/docusaurus-search-local') as {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};
const {buildIndex} = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex') as {
  buildIndex: (documents: SearchDocument[][], config: unknown) => {documents: SearchDocument[]; index: unknown}[];
};
const {processPluginOptions} =
  require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/processPluginOptions') as {
    processPluginOptions: (options: PluginOptions, context: LoadContext) => unknown;
  };

const INDEX_FILE = /^search-index.*\.json$/;

export default function searchLocalPlugin(context: LoadContext, validated: unknown): Plugin {
  const options = validated as PluginOptions; // by the original's validateOptions, below
  const withIgnored = {
    ...options,
    ignoreCssSelectors: [...[options.ignoreCssSelectors ?? []].flat(), ...MATRIX_IGNORE_SELECTORS],
  };
  const original = searchLocal.default(context, withIgnored);
  const config = processPluginOptions(withIgnored, context);
  return {
    ...original,
    async postBuild(props) {
      await original.postBuild!(props);
      const locale = toLocale(props.i18n.currentLocale);
      const pageUrl = `${props.baseUrl}${SHARED_RESPONSIBILITIES_PATH.slice(1)}`;
      const files = (await readdir(props.outDir)).filter((f) => INDEX_FILE.test(f));
      if (files.length === 0) throw new Error(`search index: no ${INDEX_FILE} in ${props.outDir}`);
      for (const file of files) {
        const target = path.join(props.outDir, file);
        const written = JSON.parse(await readFile(target, 'utf8')) as {documents: SearchDocument[]}[];
        const documents = withMatrixTasks(
          written.map((w) => w.documents),
          {matrix, locale, pageUrl},
        );
        await writeFile(target, JSON.stringify(buildIndex(documents, config)));
      }
    },
  };
}

// Docusaurus finds the option schema on the plugin function when the config passes the function itself.
searchLocalPlugin.validateOptions = searchLocal.validateOptions;
