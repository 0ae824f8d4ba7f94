import { OPTION_LABELS } from '@mzo/content-types';

/**
 * Strapi's option lists show `formatMessage({ id: value })` for each stored value of an enumeration,
 * so a message per value turns codes ("tarief-35", "S") into what they mean (content-types/src/option-labels.ts).
 */
const optionMessages = (language: 'nl' | 'en') => Object.fromEntries(Object.entries(OPTION_LABELS).map(([value, label]) => [value, label[language]]));

/**
 * Text of the admin panel's own screens (the login page, Strapi's text it leaves in English) in the MZO-gids. The plugin's screens have theirs in
 * cms/src/plugins/mzo/admin/src/translations.ts.
 */
export const translations = {
  nl: {
    ...optionMessages('nl'),
    'Auth.form.welcome.title': 'Welkom bij de MZO-gids Utrecht',
    'Auth.form.welcome.subtitle': 'Log in om het profiel van je organisatie bij te werken',
    'app.components.MediaLibraryBanner.close': 'Sluiten',
    'HomePage.header.subtitle': 'Hier houd je de MZO-gids Utrecht actueel.',
    'Auth.form.register.subtitle': 'Kies een wachtwoord. Daarmee log je voortaan in op de MZO-gids Utrecht.',
    // An account that is not active yet (invited, no password chosen) is not "geblokkeerd"; for every role.
    'Auth.components.Oops.text': 'Je account is nog niet actief.',
    'Auth.components.Oops.text.admin':
      'Heb je een uitnodiging gekregen? Open dan de link uit die uitnodiging en kies een wachtwoord. Lukt dat niet, vraag de redactie dan om een nieuwe uitnodiging.',
    'Auth.form.error.blocked': 'Je account is nog niet actief. Open de link uit je uitnodiging om een wachtwoord te kiezen, of vraag de redactie om hulp.',
    // Strapi's own text that its Dutch leaves in English (found by tests/support/strapi-english.ts on a volunteer's screens).
    'content-manager.plugin.name': 'Alle inhoud',
    'content-manager.containers.Home.pluginHeaderTitle': 'Alle inhoud',
    'content-manager.header.name': 'Alle inhoud',
    'content-manager.pages.ListView.header-subtitle': '{number, plural, =0 {Niets} one {# item} other {# items}} gevonden',
    'content-manager.components.TableDelete.label': '{number, plural, one {# item} other {# items}} gekozen',
    'app.components.LeftMenu.navbrand.title': 'MZO-gids Utrecht',
    'search.placeholder': 'Zoeken',
    'app.HeaderLayout.docLink.label': 'Uitleg over Strapi (in het Engels)',
    'content-manager.components.Blocks.expand': 'Groter maken',
    // Strapi's Dutch in its own jargon, on the screens a volunteer opens.
    'content-manager.containers.edit.title.new': 'Nieuw toevoegen',
    'content-manager.HeaderLayout.button.label-add-entry': 'Nieuw toevoegen',
    'New entry': 'Nieuw toevoegen',
    'content-manager.relation.add': 'Kies uit de lijst',
    'content-manager.components.LeftMenu.collection-types': 'Soorten inhoud',
    'content-manager.components.LeftMenu.single-types': 'Losse pagina’s',
    'components.WysiwygBottomControls.fullscreen': 'Groter maken',
    // An invitation link already used or replaced (Strapi shows the server's English words otherwise).
    'apiError.Invalid registrationToken': 'Deze uitnodigingslink werkt niet meer. Heb je al een wachtwoord gekozen? Log dan in met je e-mailadres.',
    // Settings → Users: the invitation link, shown whole (./invitation-link.tsx).
    'app.components.Users.MagicLink.connect':
      'Stuur deze link naar de nieuwe gebruiker. Daarmee kiest die een wachtwoord. Is e-mail ingesteld, dan krijgt die de link ook per e-mail.',
    'mzo.invitationLink.copy': 'Kopieer de link',
    'mzo.invitationLink.copied': 'Gekopieerd',
  },
  en: {
    ...optionMessages('en'),
    'HomePage.header.subtitle': 'Here you keep the MZO-gids Utrecht up to date.',
    'Auth.form.register.subtitle': 'Choose a password. You will use it to sign in to the MZO-gids Utrecht.',
    'Auth.components.Oops.text': 'Your account is not active yet.',
    'Auth.components.Oops.text.admin':
      'Did you get an invitation? Open the link in it and choose a password. If that does not work, ask the editors for a new invitation.',
    'Auth.form.error.blocked': 'Your account is not active yet. Open the link in your invitation to choose a password, or ask the editors for help.',
    'content-manager.plugin.name': 'All content',
    'content-manager.containers.Home.pluginHeaderTitle': 'All content',
    'app.components.LeftMenu.navbrand.title': 'MZO-gids Utrecht',
    'apiError.Invalid registrationToken': 'This invitation link no longer works. Did you choose a password already? Then sign in with your e-mail address.',
    'app.components.Users.MagicLink.connect':
      'Send this link to the new user: with it they choose a password. When e-mail is configured, they also get the link by e-mail.',
    'mzo.invitationLink.copy': 'Copy the link',
    'mzo.invitationLink.copied': 'Copied',
  },
};
