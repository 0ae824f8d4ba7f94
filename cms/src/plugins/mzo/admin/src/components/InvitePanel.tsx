import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { t } from '../translations';

const ORGANISATION = 'api::organisation.organisation';
/** Who may invite (the route checks it again: plugin::mzo.is-redacteur). */
const INVITERS = ['redacteur', 'strapi-super-admin'];

interface PanelProps {
  model: string;
  documentId?: string;
}

interface Invited {
  email: string;
  firstname: string;
  outcome: 'invited' | 'linked';
  registrationToken: string | null;
  emailed: boolean;
}

/** The registration page at the address this admin panel is opened at (as Strapi's own invitation link). */
function registrationLink(token: string) {
  const { origin, pathname } = window.location;
  const adminPath = pathname.slice(0, Math.max(0, pathname.indexOf('/content-manager')));
  return `${origin}${adminPath}/auth/register?registrationToken=${encodeURIComponent(token)}`;
}

function errorText(error: unknown): string {
  const e = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return e.response?.data?.error?.message ?? e.message ?? String(error);
}

/** What came of an invitation: sent or not, and the whole link to pass on. */
function Result({ invited }: { invited: Invited }) {
  const { formatMessage } = useIntl();
  const [copied, setCopied] = React.useState(false);
  const link = invited.registrationToken ? registrationLink(invited.registrationToken) : null;
  const values = { name: invited.firstname, email: invited.email };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin): the link stays on screen to select.
    }
  };
  return (
    <Box padding={3} background="success100" hasRadius borderColor="success200" role="status">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="omega" fontWeight="semiBold">
          {formatMessage(t(invited.outcome === 'linked' ? 'mzo.invite.linked' : 'mzo.invite.invited'), values)}
        </Typography>
        {link && (
          <>
            <Typography variant="pi">{formatMessage(t(invited.emailed ? 'mzo.invite.emailed' : 'mzo.invite.notEmailed'), values)}</Typography>
            <Typography variant="pi" fontWeight="semiBold" data-invitation-link style={{ wordBreak: 'break-all', userSelect: 'all' }}>
              {link}
            </Typography>
            <Flex gap={2}>
              <Button variant="secondary" size="S" onClick={copy}>
                {formatMessage(t('mzo.invite.copy'))}
              </Button>
              {copied && <Typography variant="pi">{formatMessage(t('mzo.invite.copied'))}</Typography>}
            </Flex>
          </>
        )}
      </Flex>
    </Box>
  );
}

/** The form: e-mail address and first name, then "Uitnodigen" (POST /mzo/organisations/:documentId/invite). */
function InviteForm({ documentId }: { documentId: string }) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const [email, setEmail] = React.useState('');
  const [firstname, setFirstname] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [invited, setInvited] = React.useState<Invited>();

  const invite = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await post<{ data: Invited }>(`/mzo/organisations/${documentId}/invite`, { email, firstname });
      setInvited(data.data);
      setEmail('');
      setFirstname('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  // The panel sits inside the edit view's form: Enter invites, and never saves the organisation.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void invite();
  };
  const fieldError = (field: 'E-mailadres' | 'Voornaam') => (error?.startsWith(`${field}:`) ? error : undefined);

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(t('mzo.invite.explain'))}
      </Typography>
      <Field.Root id="mzo-invite-email" error={fieldError('E-mailadres')}>
        <Field.Label>{formatMessage(t('mzo.invite.email'))}</Field.Label>
        <TextInput
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Field.Error />
      </Field.Root>
      <Field.Root id="mzo-invite-firstname" error={fieldError('Voornaam')}>
        <Field.Label>{formatMessage(t('mzo.invite.firstname'))}</Field.Label>
        <TextInput
          autoComplete="off"
          value={firstname}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFirstname(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Field.Error />
      </Field.Root>
      {error && !fieldError('E-mailadres') && !fieldError('Voornaam') && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {error}
        </Typography>
      )}
      <Button variant="secondary" onClick={invite} loading={busy} fullWidth>
        {formatMessage(t('mzo.invite.button'))}
      </Button>
      {invited && <Result invited={invited} />}
    </Flex>
  );
}

/**
 * Side panel in an organisation's edit view, for the redactie: invite a volunteer who then keeps this
 * profile. The panel object is kept while nothing it shows changes (Strapi compares panels deeply; see EditorPanel).
 */
export function InvitePanel({ model, documentId }: PanelProps) {
  const { formatMessage } = useIntl();
  const roles = useAuth('InvitePanel', (auth) => auth.user?.roles);
  const mayInvite = Boolean(roles?.some((role) => INVITERS.includes(role.code)));
  const shown = model === ORGANISATION && Boolean(documentId) && mayInvite;
  const title = formatMessage(t('mzo.invite.title'));
  return React.useMemo(() => (shown && documentId ? { title, content: <InviteForm documentId={documentId} /> } : null), [shown, documentId, title]);
}
