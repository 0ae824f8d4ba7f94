// The consultation list builder: filter opted-in organisations by themes × wijken, then export the
// visible rows as CSV or vCard, or mail them all at once.
import { toCsv } from '@mzo/content-types/csv';
import { toVCards } from '../lib/vcard.ts';

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function initConsultList(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as { count: string; none: string };
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.consult-row')];
  const status = document.getElementById('consult-status')!;
  const actions = document.getElementById('consult-actions')!;
  const mailto = document.getElementById('consult-mailto') as HTMLAnchorElement;
  const visible = () => rows.filter((r) => !r.hidden);

  function apply() {
    const data = new FormData(form);
    const themes = data.getAll('thema').map(String);
    const wijken = data.getAll('wijk').map(String);
    for (const row of rows) {
      const rowThemes = (row.dataset.themes ?? '').split(' ');
      const rowWijken = (row.dataset.wijken ?? '').split(' ');
      row.hidden = !((themes.length === 0 || themes.some((x) => rowThemes.includes(x))) && (wijken.length === 0 || wijken.some((x) => rowWijken.includes(x))));
    }
    const count = visible().length;
    status.textContent = count ? messages.count.replace('{count}', String(count)) : messages.none;
    const emails = [
      ...new Set(
        visible()
          .map((r) => r.dataset.email)
          .filter((email): email is string => Boolean(email)),
      ),
    ];
    mailto.href = `mailto:?bcc=${emails.map(encodeURIComponent).join(',')}`;
  }

  actions.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    const list = visible().map((r) => ({
      name: r.dataset.name ?? '',
      email: r.dataset.email,
      phone: r.dataset.phone,
      url: r.dataset.url,
      note: r.dataset.note,
    }));
    if (action === 'csv') {
      const csv = toCsv([['naam', 'email', 'telefoon', 'pagina', 'voorkeur'], ...list.map((e) => [e.name, e.email, e.phone, e.url, e.note])], { bom: true });
      download('raadplegen.csv', 'text/csv;charset=utf-8', csv);
    } else if (action === 'vcard') {
      download('raadplegen.vcf', 'text/vcard;charset=utf-8', toVCards(list));
    } else if (action === 'print') {
      window.print();
    }
  });

  form.hidden = false;
  actions.hidden = false;
  form.addEventListener('change', apply);
  apply();
}
