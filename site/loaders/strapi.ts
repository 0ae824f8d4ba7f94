import type { Loader } from 'astro/loaders';
import { loadContent } from './content-source.ts';

/**
 * An Astro content-layer loader for one content type. All types share one fetch per build
 * (see loadContent); entries are keyed `<locale>/<documentId>` (`-` for types without languages).
 * The store is kept between builds: an entry whose digest did not change is left as it is, and entries
 * no longer published are deleted.
 */
export function strapiLoader(typeName: string): Loader {
  return {
    name: `strapi:${typeName}`,
    load: async ({ store, logger, generateDigest }) => {
      const snapshot = await loadContent(process.env, (line) => logger.info(line));
      const entries = snapshot.collections[typeName] ?? [];
      const ids = new Set<string>();
      let changed = 0;
      for (const entry of entries) {
        const id = `${(entry.locale as string | undefined) ?? '-'}/${String(entry.documentId)}`;
        ids.add(id);
        if (store.set({ id, data: entry, digest: generateDigest(entry) })) changed += 1;
      }
      let removed = 0;
      for (const id of [...store.keys()]) {
        if (!ids.has(id)) {
          store.delete(id);
          removed += 1;
        }
      }
      logger.info(`${entries.length} ${typeName} entries from ${snapshot.source} (${changed} new or changed, ${removed} removed)`);
    },
  };
}
