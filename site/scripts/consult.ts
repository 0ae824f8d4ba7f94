// The consultation list builder: filter opted-in organisations by themes, wijken, target groups,
// communities and languages, show per choice how many there would be, then export the visible rows
// as CSV or vCard, mail them all at once (BCC), or print them.
import { toCsv } from '@mzo/content-types/csv';
import {
  CONSULT_FILTERS,
  choiceCounts,
  consultCsvRecords,
  consultVCardEntries,
  matchesChoice,
  type ConsultEntry,
  type ConsultFacets,
} from '../lib/consult-list.ts';
import { toVCards } from '../lib/vcard.ts';
import { revealStatus } from './list-filter.ts';

interface Messages {
  count: string;
  one: string;
  none: string;
  themes: string;
  wijken: string;
  targetGroups: string;
  communities: string;
  languages: string;
  leadTime: string;
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const facetsOf = (row: HTMLElement) => Object.fromEntries(CONSULT_FILTERS.map((f) => [f, (row.dataset[f] ?? '').split(' ').filter(Boolean)])) as ConsultFacets;

export function initConsultList(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.consult-row')].map((element) => ({
    element,
    facets: facetsOf(element),
    entry: JSON.parse(element.dataset.entry ?? '{}') as ConsultEntry,
  }));
  const countLabels = [...form.querySelectorAll<HTMLElement>('[data-count]')];
  const status = document.getElementById('consult-status')!;
  const actions = document.getElementById('consult-actions')!;
  const mailto = document.getElementById('consult-mailto') as HTMLAnchorElement;
  const visible = () => rows.filter((r) => !r.element.hidden);

  function apply() {
    const data = new FormData(form);
    const choice = Object.fromEntries(CONSULT_FILTERS.map((f) => [f, data.getAll(f).map(String)])) as ConsultFacets;
    for (const row of rows) row.element.hidden = !matchesChoice(row.facets, choice);
    const counts = choiceCounts(
      rows.map((r) => r.facets),
      choice,
    );
    for (const label of countLabels) {
      const [filter, value] = (label.dataset.count ?? '').split(':') as [keyof ConsultFacets, string];
      label.textContent = `(${counts[filter]?.get(value) ?? 0})`;
    }
    const count = visible().length;
    status.textContent = count === 1 ? messages.one : count ? messages.count.replace('{count}', String(count)) : messages.none;
    const emails = [...new Set(visible().flatMap((r) => (r.entry.email ? [r.entry.email] : [])))];
    mailto.href = `mailto:?bcc=${emails.map(encodeURIComponent).join(',')}`;
  }

  actions.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    const entries = visible().map((r) => r.entry);
    if (action === 'csv') {
      download('raadplegen.csv', 'text/csv;charset=utf-8', toCsv(consultCsvRecords(entries), { bom: true }));
    } else if (action === 'vcard') {
      const labels = { ...messages, leadTime: (weeks: number) => messages.leadTime.replace('{weeks}', String(weeks)) };
      download('raadplegen.vcf', 'text/vcard;charset=utf-8', toVCards(consultVCardEntries(entries, labels)));
    } else if (action === 'print') {
      window.print();
    }
  });

  form.hidden = false;
  actions.hidden = false;
  form.addEventListener('change', apply);
  // The button (or Enter) applies the choice and brings the count into view, with the focus there.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    revealStatus(status);
  });
  apply();
}
