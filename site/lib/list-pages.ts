// Listing pages that would otherwise list everything (issue 18: output size at scale). A list longer than
// LIST_PAGE_SIZE is cut into pages of that many: page 1 stays at the list's own address, page 2 and on at
// `<address><n>/` (pagePath). A list that fits keeps one page (no navigation, no extra files).
import type { SiteContent } from './content.ts';
import type { Organisation } from './types.ts';

/** How many entries one page of a long list shows. */
export const LIST_PAGE_SIZE = 50;

/** How many of its rooms a wijk's page shows; a link leads to all of them on the rooms page (filtered on the wijk). */
export const ROOMS_ON_WIJK_PAGE = 12;

/** `items` cut into pages of `size`; one page (possibly empty) when they fit. */
export function listPages<T>(items: readonly T[], size = LIST_PAGE_SIZE): T[][] {
  if (items.length <= size) return [[...items]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** The organisations a wijk's page lists: those located in it, then those that are also active there (by name). */
export function wijkOrganisations(content: SiteContent, wijkId: string): { located: Organisation[]; serving: Organisation[] } {
  const located = content.organisations.filter((o) => o.locatedIn?.documentId === wijkId);
  const serving = content.organisations.filter((o) => o.locatedIn?.documentId !== wijkId && (o.serves ?? []).some((w) => w.documentId === wijkId));
  return { located, serving };
}

/** The pages of a wijk's organisation list: located first, then serving, LIST_PAGE_SIZE a page. */
export function wijkListPages(content: SiteContent, wijkId: string): Organisation[][] {
  const { located, serving } = wijkOrganisations(content, wijkId);
  return listPages([...located, ...serving]);
}
