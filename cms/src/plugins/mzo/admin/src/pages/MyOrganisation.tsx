import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Badge, Box, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { createPath, editPath } from '../edit-links';
import { t } from '../translations';

import type { Item, MyOrganisation, Notice, State } from '../../../shared/my-organisation';

const ORG = 'api::organisation.organisation';
const TYPES = [
  { key: 'activities', uid: 'api::activity.activity' },
  { key: 'rooms', uid: 'api::room.room' },
  { key: 'contacts', uid: 'api::contact-person.contact-person' },
] as const;

function formatDay(date: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}

/** "2 december": the day of a moment, in Utrecht. */
function dayAndMonth(at: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(at));
}

/**
 * A tap target for the start page: Strapi's LinkButton (44 px high on a phone, WCAG 2.5.8), a link within the
 * admin (`to`) or to the website (`href`, in a new tab). Strapi's buttons have a fixed height; a label that wraps
 * on a phone ("Bekijk wat iedereen nu ziet (website)") makes this one grow instead of running over its edge.
 */
const GROWS: React.CSSProperties = { height: 'auto', minHeight: '4.4rem', paddingBlock: '0.6rem' };

function ActionLink({
  to,
  href,
  label,
  variant = 'secondary',
  children,
}: {
  to?: string;
  href?: string;
  label?: string;
  variant?: 'default' | 'secondary' | 'tertiary';
  children: React.ReactNode;
}) {
  if (href)
    return (
      <LinkButton href={href} isExternal variant={variant} size="M" aria-label={label} style={GROWS}>
        {children}
      </LinkButton>
    );
  return (
    <LinkButton tag={Link} to={to ?? ''} variant={variant} size="M" aria-label={label} style={GROWS}>
      {children}
    </LinkButton>
  );
}

/** "Gepubliceerd door de redactie op 2 december: Activiteit ‘Taalcafé’ staat nu op de website", until closed. */
function Notices({ notices, onClose }: { notices: Notice[]; onClose: (notice: Notice) => void }) {
  const { formatMessage, locale } = useIntl();
  if (!notices.length) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} role="status">
      {notices.map((notice) => (
        <Box key={`${notice.uid}:${notice.documentId}`} background="success100" borderColor="success200" padding={3} hasRadius>
          <Typography tag="p">
            <Typography fontWeight="semiBold">
              {formatMessage(t('mzo.my.published'), { by: notice.by ?? 'none', date: dayAndMonth(notice.at, locale) })}
            </Typography>{' '}
            {formatMessage(t(`mzo.my.published.${notice.kind}`), { title: notice.title })}
          </Typography>
          <Flex gap={2} wrap="wrap" paddingTop={2}>
            {notice.publicUrl && notice.kind !== 'contact' && (
              <ActionLink href={notice.publicUrl} variant="tertiary">
                {formatMessage(t('mzo.my.published.see'))}
              </ActionLink>
            )}
            <Button
              variant="tertiary"
              size="M"
              onClick={() => onClose(notice)}
              aria-label={formatMessage(t('mzo.my.published.closeNamed'), { title: notice.title })}
            >
              {formatMessage(t('mzo.my.published.close'))}
            </Button>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
}

/** Why the redactie sent a draft back, and what to do now. */
export function SentBack({ item }: { item: Item }) {
  const { formatMessage } = useIntl();
  if (!item.sentBack) return null;
  return (
    <Box background="danger100" padding={3} hasRadius marginTop={2}>
      <Typography tag="p" fontWeight="semiBold">
        {formatMessage(t('mzo.my.sentBack'), { by: item.sentBack.by })}
      </Typography>
      <Typography tag="p">{item.sentBack.reason}</Typography>
      <Typography tag="p" variant="pi">
        {formatMessage(t('mzo.my.sentBack.what'))}
      </Typography>
    </Box>
  );
}

/** "Wacht op de redactie" for what the public does not see yet; nothing for what is live as it is. */
export function StateBadge({ state }: { state: State }) {
  const { formatMessage } = useIntl();
  if (state === 'published') return <Badge>{formatMessage(t('mzo.my.state.published'))}</Badge>;
  return (
    <Badge backgroundColor="warning100" textColor="warning700">
      {formatMessage(t(state === 'draft' ? 'mzo.my.state.new' : 'mzo.my.state.changed'))}
    </Badge>
  );
}

function Confirm({ organisation, onDone }: { organisation: MyOrganisation; onDone: (date: string) => void }) {
  const { formatMessage, locale } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: { lastConfirmed: string } }>(`/mzo/organisations/${organisation.documentId}/confirm`);
      onDone(data.data.lastConfirmed);
      toggleNotification({ type: 'success', message: formatMessage(t('mzo.freshness.done'), { date: formatDay(data.data.lastConfirmed, locale) }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(t('mzo.freshness.failed'), { error: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={3} wrap="wrap" alignItems="center">
      <Typography>
        {organisation.lastConfirmed
          ? formatMessage(t('mzo.freshness.last'), { date: formatDay(organisation.lastConfirmed, locale) })
          : formatMessage(t('mzo.freshness.never'))}
      </Typography>
      <Button onClick={onClick} loading={busy} variant="secondary" size="M">
        {formatMessage(t('mzo.freshness.button'))}
      </Button>
    </Flex>
  );
}

function Entries({ organisation, type }: { organisation: MyOrganisation; type: (typeof TYPES)[number] }) {
  const { formatMessage } = useIntl();
  const entries = organisation[type.key];
  const headingId = `${organisation.documentId}-${type.key}`;
  return (
    <Box tag="section" aria-labelledby={headingId} paddingTop={6}>
      <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
        <Typography tag="h3" variant="delta" id={headingId}>
          {formatMessage(t(`mzo.my.${type.key}`))} ({entries.length})
        </Typography>
        <ActionLink to={createPath(type.uid, organisation.documentId)}>{formatMessage(t(`mzo.my.new.${type.key}`))}</ActionLink>
      </Flex>
      {entries.length === 0 ? (
        <Typography tag="p" textColor="neutral600">
          {formatMessage(t(`mzo.my.none.${type.key}`))}
        </Typography>
      ) : (
        <Box tag="ul" paddingTop={2}>
          {entries.map((entry) => (
            <Box
              tag="li"
              key={entry.documentId}
              paddingTop={2}
              paddingBottom={2}
              borderColor="neutral150"
              style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}
            >
              <Flex justifyContent="space-between" gap={2} wrap="wrap" alignItems="center">
                <Flex gap={2} wrap="wrap" alignItems="center">
                  <Typography fontWeight="semiBold">{entry.title}</Typography>
                  {/* A published contact may be for the Gemeente only, so "Op de website" is said of the others alone. */}
                  {(type.key !== 'contacts' || entry.state !== 'published') && <StateBadge state={entry.state} />}
                </Flex>
                <ActionLink to={editPath(type.uid, entry.documentId)} variant="tertiary" label={formatMessage(t('mzo.my.editNamed'), { name: entry.title })}>
                  {formatMessage(t('mzo.my.edit'))}
                </ActionLink>
              </Flex>
              <SentBack item={entry} />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** Other organisations that say they are a member of this one, or its partner: public only once this one confirms. */
function WaitingForYou({ organisation }: { organisation: MyOrganisation }) {
  const { formatMessage } = useIntl();
  const claims = organisation.waitingForYou ?? [];
  if (!claims.length) return null;
  const headingId = `${organisation.documentId}-waiting-for-you`;
  return (
    <Box tag="section" aria-labelledby={headingId} paddingTop={6}>
      <Typography tag="h3" variant="delta" id={headingId}>
        {formatMessage(t('mzo.my.claims.title'))} ({claims.length})
      </Typography>
      <Box tag="ul" paddingTop={2}>
        {claims.map((claim) => (
          <Box tag="li" key={`${claim.documentId}-${claim.kind}`} paddingTop={2} paddingBottom={2}>
            <Typography>{formatMessage(t(claim.kind === 'member' ? 'mzo.my.claims.member' : 'mzo.my.claims.partner'), { name: claim.name })}</Typography>
          </Box>
        ))}
      </Box>
      <Typography tag="p" variant="pi">
        {formatMessage(t('mzo.my.claims.how'))}
      </Typography>
      <Box paddingTop={2}>
        <ActionLink to={editPath(ORG, organisation.documentId)}>{formatMessage(t('mzo.my.editProfile'))}</ActionLink>
      </Box>
    </Box>
  );
}

function OrganisationCard({ initial }: { initial: MyOrganisation }) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const [organisation, setOrganisation] = React.useState(initial);
  const close = (notice: Notice) => {
    setOrganisation((current) => ({ ...current, notices: (current.notices ?? []).filter((n) => n !== notice) }));
    post('/mzo/my-organisations/notices/dismiss', { uid: notice.uid, documentId: notice.documentId }).catch(() => undefined);
  };
  const waiting = [organisation, ...organisation.activities, ...organisation.rooms, ...organisation.contacts].filter((item) => item.state !== 'published');
  return (
    <Box tag="article" background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={6} aria-labelledby={`org-${organisation.documentId}`}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={3} wrap="wrap" alignItems="center">
          <Typography tag="h2" variant="beta" id={`org-${organisation.documentId}`}>
            {organisation.title}
          </Typography>
          <StateBadge state={organisation.state} />
        </Flex>
        <Notices notices={organisation.notices ?? []} onClose={close} />
        <SentBack item={organisation} />
        <Flex gap={3} wrap="wrap" alignItems="center">
          <ActionLink to={editPath(ORG, organisation.documentId)} variant="default">
            {formatMessage(t('mzo.my.editProfile'))}
          </ActionLink>
          {organisation.publicUrl ? (
            <ActionLink href={organisation.publicUrl}>{formatMessage(t('mzo.my.publicPage'))}</ActionLink>
          ) : (
            <Typography textColor="neutral600">{formatMessage(t('mzo.my.notPublic'))}</Typography>
          )}
        </Flex>
        <Box background={waiting.length ? 'warning100' : 'success100'} padding={3} hasRadius>
          <Typography tag="p">
            {waiting.length ? formatMessage(t('mzo.my.waiting'), { count: waiting.length }) : formatMessage(t('mzo.my.nothingWaiting'))}
          </Typography>
          {waiting.length > 0 && (
            <Typography tag="p" variant="pi">
              {formatMessage(t('mzo.my.whoPublishes'))}
            </Typography>
          )}
        </Box>
        <Confirm organisation={organisation} onDone={(lastConfirmed) => setOrganisation({ ...organisation, lastConfirmed })} />
      </Flex>
      <WaitingForYou organisation={organisation} />
      {TYPES.map((type) => (
        <Entries key={type.key} organisation={organisation} type={type} />
      ))}
    </Box>
  );
}

export function useMyOrganisations() {
  const { get } = useFetchClient();
  const [data, setData] = React.useState<MyOrganisation[]>();
  React.useEffect(() => {
    let live = true;
    get<{ data: MyOrganisation[] }>('/mzo/my-organisations')
      .then(({ data }) => live && setData(data.data))
      .catch(() => live && setData([]));
    return () => {
      live = false;
    };
  }, [get]);
  return data;
}

/** The volunteer's start page: their organisation(s) and everything they keep current, each a click away. */
export default function MyOrganisationPage() {
  const { formatMessage } = useIntl();
  const organisations = useMyOrganisations();
  return (
    <Page.Main>
      <Page.Title>{formatMessage(t('mzo.my.title'))}</Page.Title>
      <Layouts.Header title={formatMessage(t('mzo.my.title'))} subtitle={formatMessage(t('mzo.my.subtitle'))} />
      <Layouts.Content>
        {!organisations ? (
          <Typography>{formatMessage(t('mzo.my.loading'))}</Typography>
        ) : organisations.length === 0 ? (
          <Typography tag="p">{formatMessage(t('mzo.my.noOrganisation'))}</Typography>
        ) : (
          organisations.map((organisation) => <OrganisationCard key={organisation.documentId} initial={organisation} />)
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
