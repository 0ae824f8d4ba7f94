import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field, Flex, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography, Textarea } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { DEFAULT_LOCALE, TYPES } from '@mzo/content-types';
import { t } from '../translations';

interface FieldChange {
  name: string;
  label: string;
  published: string;
  draft: string;
}

const LOCALIZED = new Set<string>(TYPES.filter((type) => type.localized).map((type) => `api::${type.name}.${type.name}`));

/**
 * "Bekijk de wijzigingen" for one waiting draft on the editors' overview: field by field what the volunteer
 * changed against what the public sees now, then publish it or send it back with a reason (which the
 * volunteer reads on their start page).
 */
export function ReviewChanges({ model, documentId, title, onDone }: { model: string; documentId: string; title: string; onDone: () => void }) {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = React.useState(false);
  const [changes, setChanges] = React.useState<FieldChange[]>();
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const base = `/mzo/review/${model}/${documentId}`;

  React.useEffect(() => {
    if (!open || changes) return;
    get<{ data: FieldChange[] }>(`${base}/changes`)
      .then(({ data }) => setChanges(data.data))
      .catch(() => setChanges([]));
  }, [open, changes, get, base]);

  const act = async (what: 'publish' | 'sendBack') => {
    if (what === 'sendBack' && !reason.trim()) {
      setReasonError(formatMessage(t('mzo.review.reasonMissing')));
      return;
    }
    setBusy(true);
    try {
      if (what === 'publish') {
        const locale = LOCALIZED.has(model) ? `?locale=${DEFAULT_LOCALE}` : '';
        await post(`/content-manager/collection-types/${model}/${documentId}/actions/publish${locale}`, {});
      } else await post(`${base}/send-back`, { reason: reason.trim() });
      toggleNotification({ type: 'success', message: formatMessage(t(what === 'publish' ? 'mzo.review.published' : 'mzo.review.sentBack'), { title }) });
      setOpen(false);
      onDone();
    } catch (error) {
      const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? (error as Error).message;
      toggleNotification({ type: 'danger', message: formatMessage(t('mzo.review.failed'), { error: message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" size="S">
          {formatMessage(t('mzo.review.show'))}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{formatMessage(t('mzo.review.changesOf'), { title })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {!changes ? (
            <Typography>…</Typography>
          ) : changes.length === 0 ? (
            <Typography tag="p">{formatMessage(t('mzo.review.noChanges'))}</Typography>
          ) : (
            <Table colCount={3} rowCount={changes.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{formatMessage(t('mzo.review.field'))}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage(t('mzo.review.public'))}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage(t('mzo.review.draft'))}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {changes.map((change) => (
                  <Tr key={change.name}>
                    <Td>
                      <Typography fontWeight="semiBold">{change.label}</Typography>
                    </Td>
                    <Td style={{ whiteSpace: 'normal' }}>
                      <Typography textColor="neutral600">{change.published || formatMessage(t('mzo.review.empty'))}</Typography>
                    </Td>
                    <Td style={{ whiteSpace: 'normal' }}>
                      <Typography>{change.draft || formatMessage(t('mzo.review.empty'))}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          <Box paddingTop={4}>
            <Field.Root name="reason" error={reasonError} hint={formatMessage(t('mzo.review.reasonHint'))}>
              <Field.Label>{formatMessage(t('mzo.review.reason'))}</Field.Label>
              <Textarea
                value={reason}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                  setReason(event.target.value);
                  setReasonError(undefined);
                }}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Box>
        </Modal.Body>
        <Modal.Footer>
          <Flex gap={2} wrap="wrap">
            <Button variant="secondary" onClick={() => act('sendBack')} loading={busy}>
              {formatMessage(t('mzo.review.sendBack'))}
            </Button>
            <Button onClick={() => act('publish')} loading={busy}>
              {formatMessage(t('mzo.review.publish'))}
            </Button>
          </Flex>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
