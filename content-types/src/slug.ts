/**
 * A URL-safe identifier from any text: lower case, accents dropped, words joined by hyphens, at most
 * `max` characters. The one slug rule of the project.
 */
export function slugify(text: string, max = 80): string {
  const slug = String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
