// `node tooling/search-index.ts <outDir> <cacheDir> [previousBuild]`: the search index of a built site
// (site/integrations/pagefind.ts `indexSearch`), in a process of its own. tooling/site-build.ts runs it once Astro has
// exited (SITE_SEARCH_INDEX=after), so Pagefind's memory never comes on top of what Astro holds at the end of a build.
import { indexSearch } from '../site/integrations/pagefind.ts';
import { ROOT } from './paths.ts';

const [outDir, cacheDir, previous] = process.argv.slice(2);
if (!outDir || !cacheDir) {
  console.error('usage: node tooling/search-index.ts <outDir> <cacheDir> [previousBuild]');
  process.exit(2);
}
const message = await indexSearch({ outDir, root: ROOT, cacheDir, previous: previous || undefined });
console.log(`${new Date().toTimeString().slice(0, 8)} [mzo:pagefind] ${message}`);
