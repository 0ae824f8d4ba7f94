import type { Core } from '@strapi/strapi';
import { COMPONENTS, TYPES, type Attributes } from '@mzo/content-types';
import { formLayoutOf, mainFieldOf, type FormLayout } from '../editing/form-layout';

/** Help under a field in the edit view, for the people who fill it in (Dutch, B1). */
const DESCRIPTIONS: Record<string, string> = {
  postcode: 'Bijvoorbeeld 3511 AB. Vul ook het huisnummer in: straat, plaats, wijk en ligging vullen we dan zelf in.',
  houseNumber: 'Alleen het nummer, bijvoorbeeld 12.',
  addressCheck: 'Vult het systeem zelf in. “unreachable”: het adres kon niet worden gecontroleerd; controleer straat en ligging zelf.',
  recurrence: 'Kies hoe vaak de activiteit is. Hierboven staat dan in woorden wanneer, met de volgende data.',
  startsAt: 'De eerste keer. Tijd als 10:00, 10.00 of 9:30.',
  endsAt: 'Dezelfde dag. Tijd als 12:00.',
  lastConfirmed: 'Zet je met de knop “Klopt nog” rechts in beeld.',
  editors: 'De vrijwilligers die dit profiel mogen bijwerken.',
  summary: 'Eén of twee zinnen in eenvoudige taal.',
  kvkNumber: '8 cijfers. Leeg laten als jullie niet bij de KvK staan.',
  phone: 'Bijvoorbeeld 030 123 4567 of 06 12345678.',
  memberOf: 'De koepel of het netwerk waar jullie lid van zijn. Dit staat op de website als die organisatie het bevestigt.',
  partners: 'Organisaties waar jullie mee samenwerken. Dit staat op de website als zij jullie ook als partner noemen.',
  confirmedMembers: 'Organisaties die zeggen dat ze lid van jullie zijn, en bij wie dat klopt. Pas dan staat het lidmaatschap op de website.',
  namedInConsultations:
    'Aan: bij een raadpleging waaraan jullie meededen of waarvoor jullie gevraagd zijn, staat jullie naam op de website. Uit: de gemeente weet het wel, op de website staat jullie naam er niet bij.',
};

type Row = { name: string; size: number }[];

/** Full width for what needs it, half for the rest (Strapi's 12-column grid). */
function sizeFor(type: string): number {
  if (['component', 'blocks', 'richtext', 'text', 'json', 'dynamiczone'].includes(type)) return 12;
  if (type === 'boolean') return 4;
  return 6;
}

/**
 * The rows of the edit view in the order of the form's groups (each group starts a row; the admin
 * shows each group as its own box), then any field no group names, so none is ever lost.
 */
export function groupedRows(form: FormLayout, current: Row[], attributes: Record<string, { type: string }>): Row[] {
  const sizes = new Map(current.flat().map((field) => [field.name, field.size]));
  const rows: Row[] = [];
  const placed = new Set<string>();
  const pack = (names: string[]) => {
    let row: Row = [];
    let width = 0;
    for (const name of names) {
      if (!attributes[name] || placed.has(name)) continue;
      placed.add(name);
      const size = sizes.get(name) ?? sizeFor(attributes[name].type);
      if (width + size > 12 && row.length) {
        rows.push(row);
        row = [];
        width = 0;
      }
      row.push({ name, size });
      width += size;
    }
    if (row.length) rows.push(row);
  };
  for (const group of form.groups) pack(group.fields);
  pack(current.flat().map((field) => field.name));
  return rows;
}

/**
 * The edit view in Dutch: every field's label (and a few help texts) from the content model, set at
 * every start like the roles. The address check is filled in by the server, so it is read-only.
 * Fields are ordered in groups (editing/form-layout.ts), and a related entry is shown by its name.
 */
export async function configureEditViews(strapi: Core.Strapi) {
  const apply = async (service: 'content-types' | 'components', uid: string, attributes: Attributes) => {
    const cm = strapi.plugin('content-manager').service(service);
    const model = service === 'content-types' ? strapi.contentTypes[uid] : strapi.components[uid];
    if (!model) return;
    const configuration = await cm.findConfiguration(model);
    const metadatas = configuration.metadatas ?? {};
    for (const [name, field] of Object.entries(attributes)) {
      const meta = metadatas[name];
      if (!meta || !field.label) continue;
      meta.edit = { ...meta.edit, label: field.label.nl, ...(DESCRIPTIONS[name] ? { description: DESCRIPTIONS[name] } : {}) };
      if (name === 'addressCheck') meta.edit.editable = false;
      if (meta.list) meta.list = { ...meta.list, label: field.label.nl };
      const target = (model.attributes[name] as { type?: string; target?: string } | undefined)?.target;
      // (Strapi accepts a mainField in the edit metadata only; the list follows it.)
      if (target) meta.edit.mainField = mainFieldOf(target);
    }
    const settings = { ...configuration.settings };
    if (service === 'content-types') settings.mainField = mainFieldOf(uid);
    const layouts = { ...configuration.layouts };
    const form = formLayoutOf(uid);
    if (form) layouts.edit = groupedRows(form, configuration.layouts.edit ?? [], model.attributes as never);
    await cm.updateConfiguration(model, { settings, layouts, metadatas });
  };
  for (const type of TYPES) await apply('content-types', type.uid, type.attributes);
  for (const component of COMPONENTS) await apply('components', component.key, component.attributes);
}
