import { dirname, join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

// Strapi loads this file as CommonJS (esbuild-register), so __dirname and require are those of this file.
const INVITATION_LINK = join(__dirname, 'invitation-link.tsx');
const VOLUNTEER_MENU = join(__dirname, 'volunteer-menu.tsx');
/** The admin's own source modules (dist/admin/admin/src) of the installed @strapi/admin. */
const STRAPI_ADMIN_SRC = join(dirname(require.resolve('@strapi/admin/package.json')), 'dist', 'admin', 'admin', 'src');

/**
 * Two modules of @strapi/admin are swapped for ours, where Strapi offers no extension point:
 * - Settings → Users shows a new user's invitation link cut off after 70 characters (Strapi's MagicLinkWrapper
 *   passes it to a ContentBox with `titleEllipsis`), so it cannot be read or typed over: ./invitation-link.tsx
 *   shows the whole link with a copy button.
 * - The left menu (`useMenu`) showed a volunteer both "Home" and "Mijn organisatie", the same page:
 *   ./volunteer-menu.tsx names the start link "Mijn organisatie" for them and leaves out the other.
 * Our stand-ins reach Strapi's own module through `mzo-strapi-admin/<path>` (./strapi-internals.d.ts).
 */
const swappedModules: Plugin = {
  name: 'mzo-swapped-strapi-modules',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source.startsWith('mzo-strapi-admin/')) return join(STRAPI_ADMIN_SRC, `${source.slice('mzo-strapi-admin/'.length)}.mjs`);
    if (!importer?.includes('@strapi/admin')) return null;
    if (/(^|\/)MagicLinkWrapper\.m?js$/.test(source)) return INVITATION_LINK;
    if (/(^|\/)hooks\/useMenu\.m?js$/.test(source)) return VOLUNTEER_MENU;
    return null;
  },
};

/** Strapi's admin build (Vite) reads this file: cms/src/admin/vite.config.ts. */
export default (config: UserConfig): UserConfig => ({ ...config, plugins: [...(config.plugins ?? []), swappedModules] });
