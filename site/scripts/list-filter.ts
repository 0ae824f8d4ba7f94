// Filters a server-rendered list in place (agenda, rooms). Without JavaScript the whole list shows
// and the filter form stays hidden; with it, the form appears and items hide as filters change.

export interface ListFilterOptions {
  /** Selector of the filterable items. */
  items: string;
  /** Selector of groups (e.g. weeks) to hide when all their items are hidden. */
  groups?: string;
  status: HTMLElement;
  matches(item: HTMLElement, values: Record<string, string>): boolean;
}

export function initListFilter(form: HTMLFormElement, options: ListFilterOptions) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as { count: string; none: string; one?: string };
  const items = [...document.querySelectorAll<HTMLElement>(options.items)];
  const groups = options.groups ? [...document.querySelectorAll<HTMLElement>(options.groups)] : [];

  function apply() {
    const values: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) values[key] = value;
    let count = 0;
    for (const item of items) {
      const show = options.matches(item, values);
      item.hidden = !show;
      if (show) count++;
    }
    for (const group of groups) group.hidden = !group.querySelector(`${options.items}:not([hidden])`);
    options.status.textContent = count === 0 ? messages.none : count === 1 && messages.one ? messages.one : messages.count.replace('{count}', String(count));
  }

  form.hidden = false;
  // A link may choose the filters (e.g. /inbreng/?thema=gezondheid-en-zorg from a theme page).
  const preset = new URLSearchParams(window.location.search);
  let chosen = false;
  for (const [key, value] of preset) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value)) {
      field.value = value;
      chosen = true;
    }
  }
  if (chosen) apply();
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
