import type { TypeDefinition } from '../define.ts';

/**
 * The explicit populate tree the site asks for: every owning relation down to its documentId,
 * every component in full, images with the fields a page needs. Inverse (`mappedBy`) and private
 * relations are left out; the site joins entries by documentId itself.
 */
export function populateFor(type: TypeDefinition): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(type.attributes)) {
    const a = field.attribute as { type: string; mappedBy?: string };
    if (field.private) continue;
    if (a.type === 'relation' && !a.mappedBy) populate[name] = { fields: ['documentId'] };
    else if (a.type === 'component') populate[name] = true;
    else if (a.type === 'media') populate[name] = { fields: ['url', 'alternativeText', 'width', 'height', 'mime'] };
  }
  return populate;
}
