import { join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

// Strapi loads this file as CommonJS (esbuild-register), so __dirname is where it lies.
const INVITATION_LINK = join(__dirname, 'invitation-link.tsx');

/**
 * Settings → Users shows a new user's invitation link cut off after 70 characters (Strapi's
 * MagicLinkWrapper passes it to a ContentBox with `titleEllipsis`), so it cannot be read or typed over.
 * Strapi offers no extension point there: the admin build takes our component (./invitation-link.tsx) for
 * that one module of @strapi/admin, which shows the whole link with a copy button.
 */
const wholeInvitationLink: Plugin = {
  name: 'mzo-whole-invitation-link',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer?.includes('@strapi/admin') && /(^|\/)MagicLinkWrapper\.m?js$/.test(source)) return INVITATION_LINK;
    return null;
  },
};

/** Strapi's admin build (Vite) reads this file: cms/src/admin/vite.config.ts. */
export default (config: UserConfig): UserConfig => ({ ...config, plugins: [...(config.plugins ?? []), wholeInvitationLink] });
