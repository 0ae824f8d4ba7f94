// Filters a server-rendered list in place (agenda, rooms). Without JavaScript the whole list shows
// and the filter form stays hidden; with it, the form appears, items hide as filters change, and the
// choices are kept in the page's address (?wijk=…&gratis=1), so a filtered list can be shared and survives
// going back. A submit (the form's button, or Enter) also brings the count into view and moves the focus
// there; a change to a field does not move the focus.

export interface ListFilterOptions {
  /** Selector of the filterable items. */
  items: string;
  /** Selector of groups (e.g. days and weeks) to hide when all their items are hidden. */
  groups?: string;
  status: HTMLElement;
  matches(item: HTMLElement, values: Record<string, string>): boolean;
  /** Checks the values before filtering; returns the message to show for a refused field, by field name. */
  check?(values: Record<string, string>): Record<string, string>;
}

/** Brings a list's count into view and moves the focus there (after a submit or a chosen day). */
export function revealStatus(status: HTMLElement) {
  status.scrollIntoView({ block: 'start' });
  status.focus({ preventScroll: true });
}

export function initListFilter(form: HTMLFormElement, options: ListFilterOptions) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as { count: string; none: string; one?: string };
  const items = [...document.querySelectorAll<HTMLElement>(options.items)];
  const groups = options.groups ? [...document.querySelectorAll<HTMLElement>(options.groups)] : [];

  function values(): Record<string, string> {
    const chosen: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) chosen[key] = value;
    return chosen;
  }

  function showProblems(chosen: Record<string, string>): boolean {
    const problems = options.check?.(chosen) ?? {};
    for (const field of form.querySelectorAll<HTMLInputElement>('[data-check]')) {
      const message = problems[field.name];
      const error = document.getElementById(`${field.id}-error`);
      field.setAttribute('aria-invalid', message ? 'true' : 'false');
      if (error) {
        error.textContent = message ?? '';
        error.hidden = !message;
      }
    }
    return Object.keys(problems).length === 0;
  }

  function apply() {
    const chosen = values();
    if (!showProblems(chosen)) return;
    let count = 0;
    for (const item of items) {
      const show = options.matches(item, chosen);
      item.hidden = !show;
      if (show) count++;
    }
    for (const group of groups) group.hidden = !group.querySelector(`${options.items}:not([hidden])`);
    options.status.textContent = count === 0 ? messages.none : count === 1 && messages.one ? messages.one : messages.count.replace('{count}', String(count));
    const counter = form.querySelector<HTMLElement>('[data-filter-count]');
    const n = Object.keys(chosen).filter((k) => k !== 'wanneer').length;
    if (counter) counter.textContent = n ? ` (${n})` : '';
    const query = new URLSearchParams(chosen).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  // A shared address opens with its choices.
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name || !params.has(field.name)) continue;
    const value = params.get(field.name)!;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = field.value === value;
    else field.value = value;
  }

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  const reveal = () => revealStatus(options.status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    reveal();
  });
  if ([...params.keys()].length) apply();
  return { apply, reveal };
}
