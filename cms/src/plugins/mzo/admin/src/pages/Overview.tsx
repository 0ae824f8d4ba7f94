import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { ReviewChanges } from '../components/ReviewChanges';
import { editPath } from '../edit-links';
import { t } from '../translations';

interface BuildInfo {
  ok: boolean;
  finishedAt: string;
  seconds: number;
  error?: string;
}
interface SiteStatus {
  configured: boolean;
  reachable?: boolean;
  error?: string;
  status?: { state: 'idle' | 'scheduled' | 'building'; lastBuild?: BuildInfo; lastSuccess?: BuildInfo };
}
interface StaleProfile {
  documentId: string;
  name: string;
  lastConfirmed: string | null;
}
interface Waiting {
  model: string;
  documentId: string;
  title: string;
  updatedAt: string;
  neverPublished: boolean;
}

function useGet<T>(path: string): T | undefined {
  const { get } = useFetchClient();
  const [data, setData] = React.useState<T>();
  React.useEffect(() => {
    let live = true;
    get<T>(path)
      .then(({ data }) => live && setData(data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [get, path]);
  return data;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={6}>
      <Typography tag="h2" variant="delta">
        {title}
      </Typography>
      <Box paddingTop={4}>{children}</Box>
    </Box>
  );
}

function SiteSection() {
  const { formatMessage, formatDate } = useIntl();
  const site = useGet<SiteStatus>('/mzo/site-status');
  const when = (iso: string) => formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });
  let body: React.ReactNode = null;
  if (site && !site.configured) body = formatMessage(t('mzo.site.notConfigured'));
  else if (site && !site.reachable) body = formatMessage(t('mzo.site.unreachable'), { error: site.error });
  else if (site?.status) {
    const { state, lastBuild, lastSuccess } = site.status;
    body = (
      <Flex direction="column" alignItems="stretch" gap={2}>
        {state === 'building' && <Typography>{formatMessage(t('mzo.site.building'))}</Typography>}
        {state === 'scheduled' && <Typography>{formatMessage(t('mzo.site.scheduled'))}</Typography>}
        {lastSuccess && (
          <Typography>{formatMessage(t('mzo.site.ok'), { date: when(lastSuccess.finishedAt), seconds: lastSuccess.seconds.toFixed(1) })}</Typography>
        )}
        {!lastBuild && <Typography>{formatMessage(t('mzo.site.never'))}</Typography>}
        {lastBuild && !lastBuild.ok && (
          <Box background="danger100" padding={3} hasRadius>
            <Typography textColor="danger700">{formatMessage(t('mzo.site.failed'), { date: when(lastBuild.finishedAt) })}</Typography>
            <Box tag="pre" paddingTop={2} style={{ whiteSpace: 'pre-wrap', fontSize: '12px' }}>
              {lastBuild.error}
            </Box>
          </Box>
        )}
      </Flex>
    );
  }
  return <Section title={formatMessage(t('mzo.site.title'))}>{body}</Section>;
}

function StaleSection() {
  const { formatMessage, formatDate } = useIntl();
  const stale = useGet<{ data: StaleProfile[]; meta: { months: number } }>('/mzo/organisations/stale');
  const title = formatMessage(t('mzo.stale.title'), { months: stale?.meta.months ?? 12 });
  if (!stale) return <Section title={title}>…</Section>;
  if (!stale.data.length) return <Section title={title}>{formatMessage(t('mzo.stale.none'))}</Section>;
  return (
    <Section title={title}>
      <Table colCount={2} rowCount={stale.data.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.name'))}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.lastConfirmed'))}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {stale.data.map((o) => (
            <Tr key={o.documentId}>
              <Td>
                <Link to={editPath('api::organisation.organisation', o.documentId)}>{o.name}</Link>
              </Td>
              <Td>
                <Typography>{o.lastConfirmed ? formatDate(o.lastConfirmed, { dateStyle: 'long' }) : formatMessage(t('mzo.stale.never'))}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Section>
  );
}

function ReviewSection() {
  const { formatMessage, formatDate } = useIntl();
  const loaded = useGet<{ data: Waiting[] }>('/mzo/review');
  // Published or sent back from here: off the list.
  const [done, setDone] = React.useState<string[]>([]);
  const key = (w: Waiting) => `${w.model}:${w.documentId}`;
  const review = loaded && { data: loaded.data.filter((w) => !done.includes(key(w))) };
  const title = formatMessage(t('mzo.review.title'));
  if (!review) return <Section title={title}>…</Section>;
  if (!review.data.length) return <Section title={title}>{formatMessage(t('mzo.review.none'))}</Section>;
  return (
    <Section title={title}>
      <Table colCount={5} rowCount={review.data.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.name'))}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.type'))}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.state'))}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.updated'))}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage(t('mzo.column.review'))}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {review.data.map((w) => (
            <Tr key={key(w)}>
              <Td>
                <Link to={editPath(w.model, w.documentId)}>{w.title}</Link>
              </Td>
              <Td>
                <Typography>{formatMessage(t(`mzo.type.${w.model}` as 'mzo.type.api::room.room'))}</Typography>
              </Td>
              <Td>
                <Typography>{formatMessage(t(w.neverPublished ? 'mzo.review.new' : 'mzo.review.changed'))}</Typography>
              </Td>
              <Td>
                <Typography>{formatDate(w.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
              </Td>
              <Td>
                <ReviewChanges model={w.model} documentId={w.documentId} title={w.title} onDone={() => setDone([...done, key(w)])} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Section>
  );
}

/** The editors' overview: the site's last build, stale profiles, and drafts waiting for review. */
export default function Overview() {
  const { formatMessage } = useIntl();
  return (
    <Page.Main>
      <Page.Title>{formatMessage(t('mzo.overview.title'))}</Page.Title>
      <Layouts.Header title={formatMessage(t('mzo.overview.title'))} subtitle={formatMessage(t('mzo.overview.subtitle'))} />
      <Layouts.Content>
        <SiteSection />
        <StaleSection />
        <ReviewSection />
      </Layouts.Content>
    </Page.Main>
  );
}
