// `npm run build`: builds the public site (from CMS_SNAPSHOT, or the CMS at CMS_URL) into dist/site,
// swapping it in only when the build succeeded.
import { buildSite } from '../tooling/site-build.ts';

try {
  const { outDir, seconds } = await buildSite();
  console.log(`Built the site in ${seconds.toFixed(1)} s: dist/site → ${outDir}`);
} catch (error) {
  console.error(`The site was not built; the previous build (if any) is still in place.\n${error.message}`);
  process.exit(1);
}
