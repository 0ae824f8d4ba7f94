/** Modules of @strapi/admin that ./vite.config.ts gives our stand-ins access to (not part of Strapi's API). */
declare module 'mzo-strapi-admin/hooks/useMenu' {
  export const useMenu: (...args: unknown[]) => unknown;
}
declare module 'mzo-strapi-admin/features/Auth' {
  export const useAuth: <T>(consumerName: string, selector: (state: never) => T) => T;
}
