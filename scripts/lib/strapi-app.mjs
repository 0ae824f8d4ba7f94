// Moved to tooling/strapi-app.ts. This re-export only keeps branches that still import the old path working; import tooling/strapi-app.ts.
export * from '../../tooling/strapi-app.ts';
