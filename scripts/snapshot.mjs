// `npm run snapshot [-- --out FILE]`: writes the published content of the CMS (CMS_URL, CMS_TOKEN)
// to a JSON file the site can be built from with no CMS running (CMS_SNAPSHOT=FILE npm run build).
import { parseArgs } from 'node:util';
import { buildCmsUrl } from '@mzo/content-types/addresses';
import { resolve } from 'node:path';
import { fetchSnapshot, writeSnapshot } from '@mzo/content-types/rest';
import { ROOT } from '../tooling/paths.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: '.data/snapshot.json' } } });
const file = resolve(ROOT, values.out);
const baseUrl = buildCmsUrl(process.env);
const snapshot = await fetchSnapshot({ baseUrl, token: process.env.CMS_TOKEN || undefined });
writeSnapshot(file, snapshot);
const counts = Object.fromEntries(Object.entries(snapshot.collections).map(([k, v]) => [k, v.length]));
console.log(`Wrote ${file} from ${baseUrl}: ${JSON.stringify(counts)}`);
