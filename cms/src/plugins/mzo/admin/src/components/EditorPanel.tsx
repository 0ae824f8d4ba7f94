import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { t } from '../translations';

const ORGANISATION = 'api::organisation.organisation';
const WITH_ADDRESS = [ORGANISATION, 'api::room.room', 'api::activity.activity'];
const STALE_AFTER_DAYS = 365;

interface PanelProps {
  model: string;
  documentId?: string;
  document?: Record<string, unknown>;
}

function formatDate(date: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${date}T12:00:00Z`));
}

/** "Still correct": one click sets lastConfirmed to today (POST /mzo/organisations/:id/confirm). */
function Freshness({ documentId, lastConfirmed }: { documentId: string; lastConfirmed: string | null }) {
  const { formatMessage, locale } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [confirmed, setConfirmed] = React.useState<string | null>(lastConfirmed);
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => setConfirmed(lastConfirmed), [lastConfirmed]);
  const stale = !confirmed || Date.now() - Date.parse(confirmed) > STALE_AFTER_DAYS * 86_400_000;

  const onClick = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: { lastConfirmed: string } }>(`/mzo/organisations/${documentId}/confirm`);
      setConfirmed(data.data.lastConfirmed);
      toggleNotification({ type: 'success', message: formatMessage(t('mzo.freshness.done'), { date: formatDate(data.data.lastConfirmed, locale) }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(t('mzo.freshness.failed'), { error: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="omega">
        {confirmed ? formatMessage(t('mzo.freshness.last'), { date: formatDate(confirmed, locale) }) : formatMessage(t('mzo.freshness.never'))}
        {stale && confirmed ? ` ${formatMessage(t('mzo.freshness.stale'))}` : ''}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(t('mzo.freshness.explain'))}
      </Typography>
      <Button variant={stale ? 'default' : 'secondary'} onClick={onClick} loading={busy} fullWidth>
        {formatMessage(t('mzo.freshness.button'))}
      </Button>
    </Flex>
  );
}

function AddressCheck({ check }: { check: string }) {
  const { formatMessage } = useIntl();
  const warning = check === 'unreachable' || check === 'not-found';
  return (
    <Box padding={3} background={warning ? 'warning100' : 'success100'} hasRadius borderColor={warning ? 'warning200' : 'success200'}>
      <Typography variant="pi" textColor={warning ? 'warning700' : 'success700'}>
        {formatMessage(t(`mzo.address.${check}` as 'mzo.address.found'))}
      </Typography>
    </Box>
  );
}

/**
 * Side panel in the edit view: the freshness button for organisations, the address check for entries with an address.
 * The panel object is kept while nothing it shows changes: Strapi compares a panel with the previous one
 * deeply (lodash isEqual), and a new JSX tree each render made that comparison walk React's internals and
 * hang the organisation's edit view on a slow machine.
 */
export function EditorPanel({ model, documentId, document }: PanelProps) {
  const { formatMessage } = useIntl();
  const check = (document?.address as { addressCheck?: string } | null | undefined)?.addressCheck;
  const lastConfirmed = (document?.lastConfirmed as string | null) ?? null;
  const showCheck = check === 'unreachable' || check === 'not-found' || check === 'found';
  const shown = Boolean(documentId && WITH_ADDRESS.includes(model) && (model === ORGANISATION || showCheck));
  const title = formatMessage(t('mzo.panel.title'));
  const panel = React.useMemo(
    () =>
      shown && documentId
        ? {
            title,
            content: (
              <Flex direction="column" alignItems="stretch" gap={3} width="100%">
                {model === ORGANISATION && <Freshness documentId={documentId} lastConfirmed={lastConfirmed} />}
                {showCheck && <AddressCheck check={check!} />}
              </Flex>
            ),
          }
        : null,
    [shown, documentId, title, model, lastConfirmed, showCheck, check],
  );
  return panel;
}
