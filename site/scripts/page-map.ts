// The map on an organisation or wijk page: loaded only when it scrolls into view, showing the points
// (and the wijk boundary, if any) the page put in its data attributes.
import { whenVisible } from './visible.ts';

export function initPageMap(element: HTMLElement | null) {
  if (!element) return;
  whenVisible(element, async () => {
    const { createMap } = await import('./map.ts');
    const map = await createMap(element, JSON.parse(element.dataset.options ?? '{}'));
    if (element.dataset.boundary) map.outline(JSON.parse(element.dataset.boundary));
    map.show(JSON.parse(element.dataset.points ?? '[]'));
    element.removeAttribute('data-loading');
  });
}
