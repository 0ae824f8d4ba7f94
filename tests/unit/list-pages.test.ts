import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, listPages } from '../../site/lib/list-pages.ts';
import { pagePath } from '../../site/lib/paths.ts';

describe('long lists cut into pages (site/lib/list-pages.ts)', () => {
  it('keeps a list that fits on one page, an empty one too', () => {
    expect(listPages([])).toEqual([[]]);
    const fits = Array.from({ length: LIST_PAGE_SIZE }, (_, i) => i);
    expect(listPages(fits)).toEqual([fits]);
  });

  it('cuts a longer list into pages of LIST_PAGE_SIZE, every entry once, in order', () => {
    const items = Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, i) => i);
    const pages = listPages(items);
    expect(pages.map((p) => p.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 1]);
    expect(pages.flat()).toEqual(items);
  });

  it('has page 1 of a wijk at the wijk’s own address and the next ones below it, in every language', () => {
    expect(pagePath.wijk('nl', 'overvecht')).toBe('/wijken/overvecht/');
    expect(pagePath.wijk('nl', 'overvecht', 1)).toBe('/wijken/overvecht/');
    expect(pagePath.wijk('nl', 'overvecht', 2)).toBe('/wijken/overvecht/2/');
    expect(pagePath.wijk('ar', 'overvecht', 3)).toBe('/ar/wijken/overvecht/3/');
  });
});
