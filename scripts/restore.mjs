// `npm run restore -- --file backups/mzo-gids-<date>.tar.gz.enc`: replaces the CMS's content with a
// backup (BACKUP_KEY decrypts it). Stop the CMS first. See docs/security.md (Backup and restore).
import { parseArgs } from 'node:util';
import { restore } from '../tooling/backup.ts';

const { values } = parseArgs({ options: { file: { type: 'string' } } });
if (!values.file) {
  console.error('Name the backup: npm run restore -- --file backups/mzo-gids-<date>.tar.gz.enc');
  process.exit(1);
}
try {
  await restore({ file: values.file });
  console.log(`Restored ${values.file}. Start the CMS and publish (or run a rebuild) to refresh the public site.`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
