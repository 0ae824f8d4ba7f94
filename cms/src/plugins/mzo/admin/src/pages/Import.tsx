import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Badge, Box, Button, Flex, ProgressBar, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { listPath } from '../edit-links';
import { t } from '../translations';

type Status = 'ready' | 'duplicate' | 'error';
interface Message {
  level: 'error' | 'warning' | 'info';
  row?: number;
  column?: string;
  text: string;
}
interface Duplicate {
  documentId?: string;
  entryKey?: string;
  name: string;
  reason: string;
}
interface Entry {
  key: string;
  row: number;
  label: string;
  kind: 'organisation' | 'room';
  status: Status;
  postcode: string | null;
  documents: { type: string; label: string }[];
  duplicates: Duplicate[];
  messages: Message[];
}
interface Job {
  state: 'running' | 'done' | 'cancelling' | 'cancelled' | 'failed';
  total: number;
  done: number;
  results: Record<string, { status: 'created' | 'merged' | 'failed'; documentId?: string; message?: string }>;
  messages: { key: string; text: string }[];
  error?: string;
}
interface Preview {
  id: string;
  kind: 'spreadsheet' | 'hsds';
  source: string;
  headers?: string[];
  mapping?: { columns: (string | null)[] };
  targets?: { key: string; label: string }[];
  messages: Message[];
  unknownValues: { field: string; label: string; value: string; rows: number[] }[];
  counts: { total: number; ready: number; duplicate: number; error: number };
  entries: Entry[];
  job?: Job;
}
type Decision = { action: 'import' } | { action: 'skip' } | { action: 'merge'; documentId?: string; entryKey?: string };

const ORGANISATIONS = listPath('api::organisation.organisation');
const PAGE_SIZE = 100;
const selectStyle: React.CSSProperties = { padding: '8px', borderRadius: '4px', border: '1px solid #dcdce4', minWidth: '16rem', font: 'inherit' };

const defaultDecision = (entry: Entry): Decision => (entry.status === 'ready' ? { action: 'import' } : { action: 'skip' });
const decisionValue = (d: Decision) => (d.action === 'merge' ? `merge:${d.documentId ?? ''}:${d.entryKey ?? ''}` : d.action);
function parseDecision(value: string): Decision {
  if (!value.startsWith('merge:')) return { action: value as 'import' | 'skip' };
  const [, documentId, entryKey] = value.split(':');
  return { action: 'merge', ...(documentId ? { documentId } : {}), ...(entryKey ? { entryKey } : {}) };
}

function errorText(error: unknown): string {
  const e = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return e.response?.data?.error?.message ?? e.message ?? String(error);
}

function Section({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={6} id={id}>
      <Typography tag="h2" variant="delta">
        {title}
      </Typography>
      <Box paddingTop={4}>{children}</Box>
    </Box>
  );
}

function Messages({ messages }: { messages: Message[] }) {
  const { formatMessage } = useIntl();
  if (!messages.length) return null;
  const colour = { error: 'danger700', warning: 'warning700', info: 'neutral700' } as const;
  return (
    <Box tag="ul" style={{ margin: 0, paddingLeft: '1.2em' }}>
      {messages.map((m, i) => (
        <li key={i}>
          <Typography textColor={colour[m.level]}>
            <strong>{formatMessage(t(`mzo.import.level.${m.level}`))}</strong>
            {m.column ? ` (${formatMessage(t('mzo.import.column'), { column: m.column })})` : ''}: {m.text}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

/** The Redacteur's import: upload, link columns, check the dry run, decide about duplicates, import as drafts. */
export default function ImportPage() {
  const { formatMessage } = useIntl();
  const { post, get } = useFetchClient();
  const [files, setFiles] = React.useState<File[]>([]);
  const [preview, setPreview] = React.useState<Preview>();
  const [columns, setColumns] = React.useState<(string | null)[]>([]);
  const [decisions, setDecisions] = React.useState<Record<string, Decision>>({});
  const [filter, setFilter] = React.useState<'all' | Status>('all');
  const [shown, setShown] = React.useState(PAGE_SIZE);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [job, setJob] = React.useState<Job>();

  const requestPreview = async (mapping?: (string | null)[]) => {
    setBusy(true);
    setError(undefined);
    try {
      const form = new FormData();
      for (const file of files) form.append('files', file, file.name);
      if (mapping) form.append('mapping', JSON.stringify({ columns: mapping }));
      const { data } = await post<Preview>('/mzo/import/preview', form);
      setPreview(data);
      setColumns(data.mapping?.columns ?? []);
      setDecisions({});
      setJob(undefined);
      setShown(PAGE_SIZE);
    } catch (e) {
      setPreview(undefined);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  // While the job runs, ask for its progress twice a second.
  React.useEffect(() => {
    if (!preview || !job || !['running', 'cancelling'].includes(job.state)) return;
    const timer = window.setTimeout(async () => {
      try {
        const { data } = await get<Preview>(`/mzo/import/${preview.id}`);
        if (data.job) setJob(data.job);
      } catch (e) {
        setError(errorText(e));
      }
    }, 500);
    return () => window.clearTimeout(timer);
  }, [get, preview, job]);

  const decisionOf = (entry: Entry) => decisions[entry.key] ?? defaultDecision(entry);
  const toImport = preview ? preview.entries.filter((e) => e.status !== 'error' && decisionOf(e).action !== 'skip') : [];

  const confirm = async () => {
    if (!preview) return;
    setError(undefined);
    try {
      const { data } = await post<{ job: Job }>(`/mzo/import/${preview.id}/confirm`, { decisions });
      setJob(data.job);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const cancel = async () => {
    if (!preview) return;
    try {
      const { data } = await post<{ job: Job }>(`/mzo/import/${preview.id}/cancel`, {});
      setJob(data.job);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const visible = preview ? preview.entries.filter((e) => filter === 'all' || e.status === filter) : [];
  const results = job ? Object.values(job.results) : [];
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const running = job && ['running', 'cancelling'].includes(job.state);

  return (
    <Page.Main>
      <Page.Title>{formatMessage(t('mzo.import.title'))}</Page.Title>
      <Layouts.Header title={formatMessage(t('mzo.import.title'))} subtitle={formatMessage(t('mzo.import.subtitle'))} />
      <Layouts.Content>
        <Section title={formatMessage(t('mzo.import.step.file'))}>
          <Flex direction="column" alignItems="flex-start" gap={3}>
            <Typography tag="p">{formatMessage(t('mzo.import.file.explain'))}</Typography>
            <label htmlFor="mzo-import-file">
              <Typography fontWeight="bold">{formatMessage(t('mzo.import.file.label'))}</Typography>
            </label>
            <input
              id="mzo-import-file"
              type="file"
              multiple
              accept=".csv,.txt,.tsv,.xlsx,.json,.zip"
              onChange={(event) => {
                setFiles(Array.from(event.target.files ?? []));
                setPreview(undefined);
                setJob(undefined);
              }}
            />
            <Button onClick={() => requestPreview()} disabled={!files.length || busy || running} loading={busy}>
              {formatMessage(t('mzo.import.file.button'))}
            </Button>
            {error && (
              <Box background="danger100" padding={3} hasRadius role="alert">
                <Typography textColor="danger700">{error}</Typography>
              </Box>
            )}
          </Flex>
        </Section>

        {preview?.headers && preview.targets && (
          <Section title={formatMessage(t('mzo.import.step.columns'))} id="mzo-import-columns">
            <Typography tag="p">{formatMessage(t('mzo.import.columns.explain'))}</Typography>
            <Box paddingTop={4}>
              <Table colCount={2} rowCount={preview.headers.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{formatMessage(t('mzo.import.columns.header'))}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{formatMessage(t('mzo.import.columns.field'))}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {preview.headers.map((header, i) => (
                    <Tr key={i}>
                      <Td>
                        <label htmlFor={`mzo-import-column-${i}`}>
                          <Typography>{header}</Typography>
                        </label>
                      </Td>
                      <Td>
                        <select
                          id={`mzo-import-column-${i}`}
                          style={selectStyle}
                          value={columns[i] ?? ''}
                          disabled={Boolean(job)}
                          onChange={(event) => setColumns(columns.map((c, j) => (j === i ? event.target.value || null : c)))}
                        >
                          <option value="">{formatMessage(t('mzo.import.columns.none'))}</option>
                          {preview.targets!.map((target) => (
                            <option key={target.key} value={target.key}>
                              {target.label}
                            </option>
                          ))}
                        </select>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Box>
            <Box paddingTop={4}>
              <Button variant="secondary" onClick={() => requestPreview(columns)} disabled={busy || Boolean(job)} loading={busy}>
                {formatMessage(t('mzo.import.columns.button'))}
              </Button>
            </Box>
          </Section>
        )}

        {preview && (
          <Section title={formatMessage(t('mzo.import.step.preview'))} id="mzo-import-preview">
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography tag="p" id="mzo-import-counts">
                {formatMessage(t('mzo.import.counts'), { ...preview.counts, file: preview.source })}
              </Typography>
              <Messages messages={preview.messages} />
              {preview.unknownValues.length > 0 && (
                <Box background="warning100" padding={4} hasRadius>
                  <Typography tag="h3" fontWeight="bold">
                    {formatMessage(t('mzo.import.unknown.title'))}
                  </Typography>
                  <Typography tag="p">{formatMessage(t('mzo.import.unknown.explain'))}</Typography>
                  <Box tag="ul" style={{ margin: 0, paddingLeft: '1.2em' }}>
                    {preview.unknownValues.map((u) => (
                      <li key={`${u.field}:${u.value}`}>
                        <Typography>{formatMessage(t('mzo.import.unknown.value'), { label: u.label, value: u.value, rows: u.rows.join(', ') })}</Typography>
                      </li>
                    ))}
                  </Box>
                </Box>
              )}
              <Flex gap={2} wrap="wrap" role="group" aria-label={formatMessage(t('mzo.import.filter'))}>
                {(['all', 'ready', 'duplicate', 'error'] as const).map((value) => (
                  <Button key={value} variant={filter === value ? 'default' : 'tertiary'} aria-pressed={filter === value} onClick={() => setFilter(value)}>
                    {formatMessage(t(`mzo.import.filter.${value}`), {
                      count: value === 'all' ? preview.counts.total : preview.counts[value],
                    })}
                  </Button>
                ))}
              </Flex>
              <Table colCount={4} rowCount={Math.min(visible.length, shown) + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{formatMessage(t('mzo.import.table.row'))}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{formatMessage(t('mzo.import.table.name'))}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{formatMessage(t('mzo.import.table.result'))}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{formatMessage(t('mzo.import.table.choice'))}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {visible.slice(0, shown).map((entry) => {
                    const result = job?.results[entry.key];
                    return (
                      <Tr key={entry.key} data-row={entry.row} data-status={entry.status}>
                        <Td>
                          <Typography>{entry.row}</Typography>
                        </Td>
                        <Td style={{ whiteSpace: 'normal', maxWidth: '18rem' }}>
                          <Typography fontWeight="bold">{entry.label}</Typography>
                          {entry.documents.length > 1 && (
                            <Typography tag="p" textColor="neutral600">
                              {formatMessage(t('mzo.import.table.with'), { count: entry.documents.length - 1 })}
                            </Typography>
                          )}
                        </Td>
                        <Td style={{ whiteSpace: 'normal' }}>
                          <Badge
                            backgroundColor={entry.status === 'ready' ? 'success100' : entry.status === 'duplicate' ? 'warning100' : 'danger100'}
                            textColor={entry.status === 'ready' ? 'success700' : entry.status === 'duplicate' ? 'warning700' : 'danger700'}
                          >
                            {formatMessage(t(`mzo.import.status.${entry.status}`))}
                          </Badge>
                          <Messages messages={entry.messages} />
                          {result && (
                            <Typography tag="p" textColor={result.status === 'failed' ? 'danger700' : 'success700'}>
                              {formatMessage(t(`mzo.import.result.${result.status}`), { message: result.message ?? '' })}
                            </Typography>
                          )}
                        </Td>
                        <Td>
                          {entry.status === 'error' ? (
                            <Typography>{formatMessage(t('mzo.import.choice.cannot'))}</Typography>
                          ) : (
                            <select
                              aria-label={formatMessage(t('mzo.import.choice.label'), { name: entry.label, row: entry.row })}
                              style={selectStyle}
                              value={decisionValue(decisionOf(entry))}
                              disabled={Boolean(job)}
                              onChange={(event) => setDecisions({ ...decisions, [entry.key]: parseDecision(event.target.value) })}
                            >
                              <option value="import">
                                {formatMessage(t(entry.status === 'duplicate' ? 'mzo.import.choice.importAnyway' : 'mzo.import.choice.import'))}
                              </option>
                              <option value="skip">{formatMessage(t('mzo.import.choice.skip'))}</option>
                              {entry.duplicates.map((d) => (
                                <option key={`${d.documentId ?? ''}:${d.entryKey ?? ''}`} value={decisionValue({ action: 'merge', ...d })}>
                                  {formatMessage(t(d.documentId ? 'mzo.import.choice.merge' : 'mzo.import.choice.mergeRow'), { name: d.name })}
                                </option>
                              ))}
                            </select>
                          )}
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
              {visible.length > shown && (
                <Box>
                  <Button variant="tertiary" onClick={() => setShown(shown + PAGE_SIZE)}>
                    {formatMessage(t('mzo.import.more'), { count: visible.length - shown })}
                  </Button>
                </Box>
              )}
            </Flex>
          </Section>
        )}

        {preview && (
          <Section title={formatMessage(t('mzo.import.step.confirm'))} id="mzo-import-confirm">
            <Flex direction="column" alignItems="stretch" gap={4}>
              {!job && (
                <>
                  <Typography tag="p">{formatMessage(t('mzo.import.confirm.explain'), { count: toImport.length })}</Typography>
                  <Box>
                    <Button onClick={confirm} disabled={!toImport.length}>
                      {formatMessage(t('mzo.import.confirm.button'), { count: toImport.length })}
                    </Button>
                  </Box>
                </>
              )}
              {job && (
                <Box aria-live="polite">
                  {running && (
                    <Flex direction="column" alignItems="stretch" gap={3}>
                      <Typography tag="p" id="mzo-import-progress-label">
                        {formatMessage(t(job.state === 'cancelling' ? 'mzo.import.progress.cancelling' : 'mzo.import.progress'), {
                          done: job.done,
                          total: job.total,
                        })}
                      </Typography>
                      <ProgressBar value={job.total ? Math.round((job.done / job.total) * 100) : 0} aria-labelledby="mzo-import-progress-label" />
                      <Box>
                        <Button variant="danger-light" onClick={cancel} disabled={job.state === 'cancelling'}>
                          {formatMessage(t('mzo.import.cancel'))}
                        </Button>
                      </Box>
                    </Flex>
                  )}
                  {job.state === 'done' && (
                    <Flex direction="column" alignItems="flex-start" gap={2}>
                      <Typography tag="p" fontWeight="bold" id="mzo-import-done">
                        {formatMessage(t('mzo.import.done'), { created: count('created'), merged: count('merged'), failed: count('failed') })}
                      </Typography>
                      {job.messages.length > 0 && <Typography tag="p">{formatMessage(t('mzo.import.links'), { count: job.messages.length })}</Typography>}
                      <Link to={ORGANISATIONS}>{formatMessage(t('mzo.import.toDrafts'))}</Link>
                    </Flex>
                  )}
                  {job.state === 'cancelled' && (
                    <Typography tag="p" fontWeight="bold" id="mzo-import-cancelled">
                      {formatMessage(t('mzo.import.cancelled'))}
                    </Typography>
                  )}
                  {job.state === 'failed' && (
                    <Typography tag="p" textColor="danger700" role="alert">
                      {formatMessage(t('mzo.import.failed'), { error: job.error ?? '' })}
                    </Typography>
                  )}
                </Box>
              )}
            </Flex>
          </Section>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
