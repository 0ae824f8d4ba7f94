export * from './utrecht.ts';
export * from './model.ts';
export * from './define.ts';
export * from './strapi.ts';
export { blockNode, mediaSchema, refSchema } from './fields.ts';
export type { Field, Format, SiteUse } from './fields.ts';
export * from './suggestion-form.ts';
export * from './hsds.ts';
export * from './option-labels.ts';
