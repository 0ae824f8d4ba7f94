import type { Core } from '@strapi/strapi';
import { COMPONENTS, TYPES, type Attributes } from '@mzo/content-types';

/** Help under a field in the edit view, for the people who fill it in (Dutch, B1). */
const DESCRIPTIONS: Record<string, string> = {
  postcode: 'Bijvoorbeeld 3511 AB. Vul ook het huisnummer in: straat, plaats, wijk en ligging vullen we dan zelf in.',
  houseNumber: 'Alleen het nummer, bijvoorbeeld 12.',
  addressCheck: 'Vult het systeem zelf in. “unreachable”: het adres kon niet worden gecontroleerd; controleer straat en ligging zelf.',
  recurrence: 'Leeg laten als de activiteit één keer is. Elke zaterdag: FREQ=WEEKLY;BYDAY=SA. Elke 2e dinsdag van de maand: FREQ=MONTHLY;BYDAY=2TU.',
  lastConfirmed: 'Zet je met de knop “Klopt nog” rechts in beeld.',
  editors: 'De vrijwilligers die dit profiel mogen bijwerken.',
  summary: 'Eén of twee zinnen in eenvoudige taal.',
  kvkNumber: '8 cijfers. Leeg laten als jullie niet bij de KvK staan.',
  phone: 'Bijvoorbeeld 030 123 4567 of 06 12345678.',
};

/**
 * The edit view in Dutch: every field's label (and a few help texts) from the content model, set at
 * every start like the roles. The address check is filled in by the server, so it is read-only.
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
    }
    await cm.updateConfiguration(model, { settings: configuration.settings, layouts: configuration.layouts, metadatas });
  };
  for (const type of TYPES) await apply('content-types', type.uid, type.attributes);
  for (const component of COMPONENTS) await apply('components', component.key, component.attributes);
}
