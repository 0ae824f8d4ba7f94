// Contact people of organisations.
import { dayToIso } from './dates.mjs';
import { PERSON_NAMES } from './names.mjs';
import { CONTACT_ROLES } from './organisation-text.mjs';

/** The demo data's contacts, from what the earlier steps made (`ctx`). */
export function generateContacts(ctx) {
  const { contactsPerOrganisation, orgs, phone, ref, rnd } = ctx;
  const contacts = [];
  for (const o of orgs) {
    const pool = PERSON_NAMES[o.comms[0].names];
    const roles = rnd.shuffle(CONTACT_ROLES).slice(0, Math.max(1, Math.min(CONTACT_ROLES.length, contactsPerOrganisation)));
    for (let k = 0; k < contactsPerOrganisation; k++) {
      const role = roles[k % roles.length];
      let visibility;
      if (!o.published) visibility = k === 0 ? 'officials' : 'hidden';
      else if (k === 0) visibility = rnd.chance(0.55) ? 'public' : 'officials';
      else
        visibility = rnd.weighted([
          ['officials', 5],
          ['hidden', 3],
          ['public', 2],
        ]);
      const languages = [
        'nederlands',
        ...rnd.sample(
          o.languages.filter((l) => l !== 'nederlands'),
          rnd.int(0, 2),
        ),
      ];
      // Personal role mailboxes, never the organisation's own info@ address.
      const mailbox = k < roles.length ? role.mailbox : `${role.mailbox}${Math.floor(k / roles.length) + 1}`;
      contacts.push({
        key: `${o.slug}-${k + 1}`,
        name: `${rnd.pick(pool.first)} ${rnd.pick(pool.last)}`,
        role: role.role,
        email: `${mailbox}@${o.slug}.example.org`,
        phone: rnd.chance(visibility === 'hidden' ? 0.8 : 0.6) ? phone() : null,
        languages,
        organisation: o.slug,
        visibility,
        consentDate: dayToIso(ref - rnd.int(10, 700)),
        consentNote:
          visibility === 'public'
            ? 'Toestemming per e-mail gegeven voor vermelding op de website.'
            : visibility === 'officials'
              ? 'Toestemming gegeven voor contact met medewerkers van de gemeente; niet publiek.'
              : 'Alleen voor de redactie; geen toestemming voor publicatie.',
      });
    }
  }
  return { contacts };
}
