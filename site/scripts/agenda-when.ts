// "Vandaag", "Morgen", "Dit weekend" on the agenda: links to the day's heading without JavaScript; with it,
// chips that filter the list to those days (the form's hidden field `wanneer`, kept in the address).
// Days are counted from the visitor's own today in Utrecht, unless the page's week does not hold it
// (a page built before today): then from the day the page was built.

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today in Europe/Amsterdam, YYYY-MM-DD. */
export function todayInUtrecht(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The days (YYYY-MM-DD) a choice stands for, from `today`: the weekend is Saturday and Sunday, from today on. */
export function daysOf(when: string, today: string): string[] {
  const t = Date.parse(`${today}T12:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // 0 = Monday
  if (when === 'vandaag') return [today];
  if (when === 'morgen') return [iso(t + DAY)];
  if (when === 'weekend') return weekday === 6 ? [today] : [iso(t + (5 - weekday) * DAY), iso(t + (6 - weekday) * DAY)];
  return [];
}

export function initWhenChips(form: HTMLFormElement, nav: HTMLElement | null, apply: () => void) {
  const field = form.elements.namedItem('wanneer') as HTMLInputElement | null;
  if (!nav || !field) return;
  const shown = new Set([...document.querySelectorAll<HTMLElement>('.agenda-day')].map((d) => d.dataset.day));
  const own = todayInUtrecht();
  if (shown.has(own) || [...shown].some((d) => d! > own)) form.dataset.today = own;
  const chips = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-when]')];
  const mark = () => chips.forEach((chip) => chip.setAttribute('aria-current', String(chip.dataset.when === field.value)));
  for (const chip of chips) {
    chip.addEventListener('click', (event) => {
      event.preventDefault();
      field.value = chip.dataset.when ?? '';
      mark();
      apply();
    });
  }
  mark();
}
