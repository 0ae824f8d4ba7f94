import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { editPath } from '../edit-links';
import { t } from '../translations';

interface Overdue {
  documentId: string;
  title: string;
  date: string;
  outcomeDue: string;
  organiser: string;
  mine: boolean;
}

const editLink = (documentId: string) => editPath('api::consultation.consultation', documentId);

/**
 * Start-page widget "Uitkomst nog niet gedeeld": the consultations whose outcome is overdue, for the
 * person who recorded them (and for those who publish consultations), each a link to its edit view.
 */
export default function OverdueOutcomes() {
  const { formatMessage, formatDate } = useIntl();
  const { get } = useFetchClient();
  const [overdue, setOverdue] = React.useState<Overdue[]>();
  React.useEffect(() => {
    let live = true;
    get<{ data: Overdue[] }>('/mzo/consultations/overdue')
      .then(({ data }) => live && setOverdue(data.data))
      .catch(() => live && setOverdue([]));
    return () => {
      live = false;
    };
  }, [get]);
  if (!overdue) return <Typography>…</Typography>;
  if (!overdue.length) return <Typography>{formatMessage(t('mzo.outcomes.none'))}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} className="mzo-overdue-outcomes">
      <Typography>{formatMessage(t('mzo.outcomes.intro'))}</Typography>
      {overdue.map((c) => (
        <Box key={c.documentId} background="warning100" padding={3} hasRadius>
          <Link to={editLink(c.documentId)}>{c.title}</Link>
          <Typography tag="p" textColor="neutral700">
            {formatMessage(t('mzo.outcomes.due'), { date: formatDate(c.outcomeDue, { dateStyle: 'long' }), organiser: c.organiser })}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
}
