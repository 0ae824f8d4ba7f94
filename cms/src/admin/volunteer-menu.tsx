/**
 * Stands in for Strapi's `useMenu` (the left menu's links; see ./vite.config.ts). A volunteer's start page
 * ("Home", the admin's index route) is "Mijn organisatie" (./app.tsx), so the menu showed them two links to
 * the same page: "Home" and the plugin's "Mijn organisatie". For a volunteer the start link is named
 * "Mijn organisatie" and the plugin's link is left out; everyone else keeps Strapi's menu as it is.
 */
import { useMenu as useStockMenu } from 'mzo-strapi-admin/hooks/useMenu';
import { useAuth } from 'mzo-strapi-admin/features/Auth';
import { isVolunteer } from '../plugins/mzo/admin/src/permissions';

type Link = { to: string; intlLabel: { id: string; defaultMessage: string } } & Record<string, unknown>;
type Menu = { generalSectionLinks: Link[]; pluginsSectionLinks: Link[] } & Record<string, unknown>;

const START = { id: 'mzo.my.menu', defaultMessage: 'Mijn organisatie' };
const isStart = (link: Link) => link.to === '/' || link.to === '';
const isMyOrganisation = (link: Link) => link.to.replace(/^\//, '') === 'mijn-organisatie';

export const useMenu = (...args: unknown[]): Menu => {
  const menu = useStockMenu(...args) as Menu;
  const permissions = useAuth('MzoMenu', (state: { permissions: { action: string; subject?: string | null }[] }) => state.permissions);
  if (!isVolunteer(permissions ?? [])) return menu;
  return {
    ...menu,
    generalSectionLinks: menu.generalSectionLinks.map((link) => (isStart(link) ? { ...link, intlLabel: START } : link)),
    pluginsSectionLinks: menu.pluginsSectionLinks.filter((link) => !isMyOrganisation(link)),
  };
};
