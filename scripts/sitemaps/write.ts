/**
 * `jiti scripts/sitemaps/write.ts <outDir>`: run by `npm run build` once every locale is built. The site's root
 * comes from the same environment as the build's (SITE_URL, BASE_URL).
 */
import {siteRootFromEnv} from '../lib/siteAddress';
import {writeSitemaps} from './sitemaps';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: jiti scripts/sitemaps/write.ts <outDir>');
  process.exit(2);
}
writeSitemaps(outDir, siteRootFromEnv(process.env)).then(
  (files) =>
    console.log(
      files.length > 0
        ? `sitemaps: ${files.join(', ')} in ${outDir}`
        : `sitemaps: ${outDir} has no sitemap of the default locale (a build of some locales only): left as built`,
    ),
  (error: unknown) => {
    console.error(`sitemaps: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
