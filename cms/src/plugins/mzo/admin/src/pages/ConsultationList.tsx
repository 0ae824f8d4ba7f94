import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Box, Button, Field, Flex, Grid, MultiSelect, MultiSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { CONSULTATION_LIST_PERMISSION } from '../permissions';
import { editPath } from '../edit-links';
import { t } from '../translations';

interface Contact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  visibility: string;
  visibilityLabel: string;
}
interface Row {
  documentId: string;
  organisation: string;
  themes: string[];
  wijken: string[];
  targetGroups: string[];
  communities: string[];
  languages: string[];
  channelText: string | null;
  channelAddress: string | null;
  leadTimeWeeks: number | null;
  contacts: Contact[];
}
interface Option {
  slug: string;
  name: string;
  count: number;
}
type Param = 'themes' | 'wijken' | 'targetGroups' | 'communities' | 'languages';
const PARAMS: Param[] = ['themes', 'wijken', 'targetGroups', 'communities', 'languages'];
interface ListResponse {
  data: Row[];
  meta: Record<Param, string[]> & { options: Record<Param, Option[]> };
}

const editLink = (documentId: string) => editPath('api::organisation.organisation', documentId);
const query = (choice: Record<Param, string[]>) =>
  PARAMS.filter((p) => choice[p].length)
    .map((p) => `${p}=${choice[p].map(encodeURIComponent).join(',')}`)
    .join('&');

function ConsultationListScreen() {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [choice, setChoice] = React.useState<Record<Param, string[]>>({ themes: [], wijken: [], targetGroups: [], communities: [], languages: [] });
  const [list, setList] = React.useState<ListResponse>();
  const [error, setError] = React.useState<string>();

  React.useEffect(() => {
    let live = true;
    get<ListResponse>(`/mzo/consultation-list?${query(choice)}`)
      .then(({ data }) => live && setList(data))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [get, choice]);

  async function download() {
    const { data } = await get<Blob>(`/mzo/consultation-list?${query(choice)}&format=csv`, { responseType: 'blob' });
    const url = URL.createObjectURL(data);
    const a = Object.assign(document.createElement('a'), { href: url, download: 'raadplegen-gemeente.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const rows = list?.data ?? [];
  const count = rows.length;
  return (
    <Page.Main>
      <Page.Title>{formatMessage(t('mzo.consult.title'))}</Page.Title>
      <Layouts.Header
        title={formatMessage(t('mzo.consult.title'))}
        subtitle={formatMessage(t('mzo.consult.subtitle'))}
        primaryAction={
          <Button startIcon={<Download />} onClick={download} disabled={!count}>
            {formatMessage(t('mzo.consult.csv'))}
          </Button>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={6}>
          <Grid.Root gap={4}>
            {PARAMS.map((p) => (
              <Grid.Item key={p} col={4} s={12} direction="column" alignItems="stretch">
                <Field.Root name={p} id={`mzo-consult-${p}`}>
                  <Field.Label>{formatMessage(t(`mzo.consult.filter.${p}`))}</Field.Label>
                  <MultiSelect value={choice[p]} withTags onChange={(value: string[]) => setChoice((c) => ({ ...c, [p]: value }))}>
                    {(list?.meta.options[p] ?? []).map((o) => (
                      <MultiSelectOption key={o.slug} value={o.slug}>
                        {`${o.name} (${o.count})`}
                      </MultiSelectOption>
                    ))}
                  </MultiSelect>
                </Field.Root>
              </Grid.Item>
            ))}
          </Grid.Root>
        </Box>
        <Box paddingBottom={4}>
          <Typography role="status" aria-live="polite" id="mzo-consult-count">
            {error ? error : list ? formatMessage(t('mzo.consult.count'), { count }) : '…'}
          </Typography>
        </Box>
        {count > 0 && (
          <Table colCount={5} rowCount={count + 1}>
            <Thead>
              <Tr>
                {(['organisation', 'themes', 'reach', 'channel', 'contacts'] as const).map((c) => (
                  <Th key={c}>
                    <Typography variant="sigma">{formatMessage(t(`mzo.consult.column.${c}`))}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((r) => (
                <Tr key={r.documentId} className="mzo-consult-row">
                  <Td style={{ verticalAlign: 'top' }}>
                    <Link to={editLink(r.documentId)}>{r.organisation}</Link>
                  </Td>
                  <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
                    <Typography>{r.themes.join(', ')}</Typography>
                    <Typography textColor="neutral600" tag="p">
                      {r.wijken.join(', ')}
                    </Typography>
                  </Td>
                  <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
                    <Typography tag="p">{r.targetGroups.join(', ')}</Typography>
                    <Typography tag="p">{r.communities.join(', ')}</Typography>
                    <Typography tag="p" textColor="neutral600">
                      {r.languages.join(', ')}
                    </Typography>
                  </Td>
                  <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
                    {r.channelText && <Typography tag="p">{[r.channelText, r.channelAddress].filter(Boolean).join(': ')}</Typography>}
                    {r.leadTimeWeeks !== null && (
                      <Typography tag="p" textColor="neutral600">
                        {formatMessage(t('mzo.consult.leadTime'), { weeks: r.leadTimeWeeks })}
                      </Typography>
                    )}
                  </Td>
                  <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
                    <Flex direction="column" alignItems="start" gap={2}>
                      {r.contacts.map((c) => (
                        <Typography key={`${c.name}:${c.email}`} tag="p" className="mzo-consult-contact" data-visibility={c.visibility}>
                          <strong>{c.name}</strong>
                          {c.role && ` (${c.role})`} · {[c.email, c.phone].filter(Boolean).join(' · ')} · <em>{c.visibilityLabel}</em>
                        </Typography>
                      ))}
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}

/** The officials' consultation list (menu "Raadplegen"): for the Gemeente and Redacteur roles only. */
export default function ConsultationList() {
  return (
    <Page.Protect permissions={[CONSULTATION_LIST_PERMISSION]}>
      <ConsultationListScreen />
    </Page.Protect>
  );
}
