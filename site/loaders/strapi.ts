import type { Loader } from 'astro/loaders';
import { loadContent } from './content-source.ts';

/**
 * An Astro content-layer loader for one content type. All types share one fetch per build
 * (see loadContent); entries are keyed `<locale>/<documentId>` (`-` for types without languages).
 */
export function strapiLoader(typeName: string): Loader {
  return {
    name: `strapi:${typeName}`,
    load: async ({ store, logger, generateDigest }) => {
      const snapshot = await loadContent();
      store.clear();
      const entries = snapshot.collections[typeName] ?? [];
      for (const entry of entries) {
        const id = `${(entry.locale as string | undefined) ?? '-'}/${String(entry.documentId)}`;
        store.set({ id, data: entry, digest: generateDigest(entry) });
      }
      logger.info(`${entries.length} ${typeName} entries from ${snapshot.source}`);
    },
  };
}
