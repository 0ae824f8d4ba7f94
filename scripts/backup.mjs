// `npm run backup [-- --file backups/mzo-gids-<date>]`: an encrypted export of the CMS (BACKUP_KEY).
// See docs/security.md (Backup and restore) for what it holds and how often to run it.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backup } from '../tooling/backup.ts';
import { ROOT } from '../tooling/paths.ts';

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const { values } = parseArgs({ options: { file: { type: 'string', default: resolve(ROOT, 'backups', `mzo-gids-${stamp}`) } } });
mkdirSync(dirname(resolve(values.file)), { recursive: true });
try {
  const written = await backup({ file: values.file });
  console.log(`Backup written to ${written} (encrypted with BACKUP_KEY; keep the key elsewhere than the file).`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
