/**
 * How the edit forms are laid out, in the order a volunteer thinks about their organisation, and which
 * fields a volunteer never sees (filled in by the system, or the redactie's own). Used by the server
 * (bootstrap/edit-view.ts sets the order; extensions/content-manager hides fields per role) and by the
 * admin panel (each group is its own box). Pure data: no Strapi import, so the admin bundle can use it.
 */

export interface FormGroup {
  /** Message id suffix of the group's name (mzo.group.<id>), for the guide and tests. */
  id: string;
  fields: string[];
}

export interface FormLayout {
  uid: string;
  /** The content type's display name, which is what the admin's layout hook can see of it. */
  displayName: string;
  groups: FormGroup[];
  /** Fields a volunteer does not see in the form (the server leaves them out of their layout). */
  hiddenFromVolunteers: string[];
}

export const FORM_LAYOUTS: FormLayout[] = [
  {
    uid: 'api::organisation.organisation',
    displayName: 'Organisatie',
    groups: [
      { id: 'about', fields: ['name', 'alternateName', 'summary', 'description', 'logo', 'legalForm', 'organisationStatus', 'foundedYear', 'kvkNumber'] },
      { id: 'contact', fields: ['website', 'email', 'phone', 'socialLinks'] },
      { id: 'address', fields: ['address', 'wheelchairAccessible', 'locatedIn', 'serves'] },
      { id: 'reach', fields: ['themes', 'communities', 'languages', 'targetGroups', 'reachEstimate', 'reachNote', 'channels'] },
      {
        id: 'consultation',
        fields: [
          'consultationOptIn',
          'consultationChannel',
          'consultationLeadTimeWeeks',
          'consultationThemes',
          'consultationLanguages',
          'namedInConsultations',
        ],
      },
      { id: 'needs', fields: ['supportNeeds'] },
      { id: 'network', fields: ['memberOf', 'partners', 'confirmedMembers', 'members', 'activities', 'rooms', 'contacts'] },
      { id: 'editorial', fields: ['slug', 'hiddenThemes', 'editors', 'editorNotes', 'lastConfirmed'] },
    ],
    // The start page lists the activities, rooms and contacts with their own buttons; "Klopt nog" sets lastConfirmed.
    hiddenFromVolunteers: ['slug', 'hiddenThemes', 'editors', 'editorNotes', 'lastConfirmed', 'members', 'activities', 'rooms', 'contacts'],
  },
  {
    uid: 'api::activity.activity',
    displayName: 'Activiteit',
    groups: [
      { id: 'about', fields: ['title', 'organisation', 'summary', 'description'] },
      { id: 'when', fields: ['startsAt', 'endsAt', 'recurrence'] },
      { id: 'where', fields: ['room', 'address', 'wijk'] },
      { id: 'who', fields: ['audience', 'themes', 'languages', 'targetGroups'] },
      { id: 'cost', fields: ['free', 'cost', 'registrationUrl'] },
      { id: 'editorial', fields: ['slug'] },
    ],
    hiddenFromVolunteers: ['slug'],
  },
  {
    uid: 'api::room.room',
    displayName: 'Ruimte',
    groups: [
      { id: 'about', fields: ['name', 'providerOrganisation', 'providerName', 'description'] },
      { id: 'where', fields: ['address', 'wijk'] },
      { id: 'size', fields: ['sizeClass', 'areaM2', 'capacity', 'tariff'] },
      { id: 'facilities', fields: ['kitchen', 'prayerRoom', 'wheelchairAccessible', 'childcare', 'projector', 'wifi'] },
      { id: 'booking', fields: ['bookingUrl', 'bookingEmail', 'bookingPhone'] },
      { id: 'editorial', fields: ['slug', 'activities'] },
    ],
    hiddenFromVolunteers: ['slug', 'activities'],
  },
  {
    uid: 'api::contact-person.contact-person',
    displayName: 'Contactpersoon',
    groups: [
      { id: 'about', fields: ['name', 'role', 'organisation', 'languages'] },
      { id: 'contact', fields: ['email', 'phone'] },
      { id: 'visibility', fields: ['visibility', 'consentDate', 'consentNote'] },
    ],
    hiddenFromVolunteers: [],
  },
];

/** Fields of components a volunteer does not see: coordinates, CBS code and the address check are filled in from PDOK. */
export const COMPONENT_FIELDS_HIDDEN_FROM_VOLUNTEERS: Record<string, string[]> = {
  'shared.address': ['latitude', 'longitude', 'buurtCode', 'addressCheck'],
};

/** The field shown for an entry of each type wherever it is picked or listed (Strapi's mainField). */
export const MAIN_FIELDS: Record<string, string> = {
  'api::activity.activity': 'title',
  'api::support-offer.support-offer': 'title',
  'api::consultation.consultation': 'title',
  'api::suggestion.suggestion': 'organisationName',
  'admin::user': 'email',
};
export const mainFieldOf = (uid: string) => MAIN_FIELDS[uid] ?? 'name';

export function formLayoutOf(uid: string): FormLayout | undefined {
  return FORM_LAYOUTS.find((layout) => layout.uid === uid);
}
