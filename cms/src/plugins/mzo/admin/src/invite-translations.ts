/** Text of the panel "Nodig een vrijwilliger uit" (components/InvitePanel.tsx); spread into ./translations.ts. */
export const inviteTranslations = {
  nl: {
    'mzo.invite.title': 'Nodig een vrijwilliger uit',
    'mzo.invite.explain': 'De vrijwilliger krijgt een account en kan daarna dit profiel bijwerken. De redactie blijft publiceren.',
    'mzo.invite.email': 'E-mailadres',
    'mzo.invite.firstname': 'Voornaam',
    'mzo.invite.button': 'Uitnodigen',
    'mzo.invite.invited': '{name} is uitgenodigd.',
    'mzo.invite.linked': '{name} heeft al een account en kan dit profiel nu ook bijwerken.',
    'mzo.invite.emailed': 'De uitnodiging is gemaild naar {email}. Je kunt deze link ook zelf sturen:',
    'mzo.invite.notEmailed': 'Er is geen e-mail verstuurd. Stuur deze link zelf naar {email}:',
    'mzo.invite.copy': 'Kopieer de link',
    'mzo.invite.copied': 'Gekopieerd',
  },
  en: {
    'mzo.invite.title': 'Invite a volunteer',
    'mzo.invite.explain': 'The volunteer gets an account and can then keep this profile up to date. The editors still publish.',
    'mzo.invite.email': 'E-mail address',
    'mzo.invite.firstname': 'First name',
    'mzo.invite.button': 'Invite',
    'mzo.invite.invited': '{name} has been invited.',
    'mzo.invite.linked': '{name} already has an account and can now keep this profile up to date too.',
    'mzo.invite.emailed': 'The invitation was e-mailed to {email}. You can also send this link yourself:',
    'mzo.invite.notEmailed': 'No e-mail was sent. Send this link to {email} yourself:',
    'mzo.invite.copy': 'Copy the link',
    'mzo.invite.copied': 'Copied',
  },
};
