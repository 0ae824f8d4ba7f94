import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Box, Flex, Typography } from '@strapi/design-system';
import { createPath, editPath } from '../edit-links';
import { StateBadge, useMyOrganisations } from '../pages/MyOrganisation';
import { t } from '../translations';

const ORG = 'api::organisation.organisation';

/**
 * Homepage widget "Mijn organisatie" (Strapi 5 homepage widgets): what a volunteer sees first after
 * signing in — their organisation, whether something waits for the redactie, and one click to edit the
 * profile, add an activity or room, or open the whole start page.
 */
export default function MyOrganisationWidget() {
  const { formatMessage } = useIntl();
  const organisations = useMyOrganisations();
  if (!organisations) return <Typography>{formatMessage(t('mzo.my.loading'))}</Typography>;
  if (!organisations.length) return <Typography tag="p">{formatMessage(t('mzo.my.noOrganisation'))}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {organisations.map((organisation) => {
        const waiting = [organisation, ...organisation.activities, ...organisation.rooms].filter((item) => item.state !== 'published').length;
        return (
          <Box key={organisation.documentId}>
            <Flex gap={2} wrap="wrap" alignItems="center">
              <Typography tag="h2" variant="delta">
                {organisation.title}
              </Typography>
              <StateBadge state={organisation.state} />
            </Flex>
            <Typography tag="p" paddingTop={1}>
              {waiting ? formatMessage(t('mzo.my.waiting'), { count: waiting }) : formatMessage(t('mzo.my.nothingWaiting'))}
            </Typography>
            <Flex gap={4} wrap="wrap" paddingTop={2}>
              <Link to={editPath(ORG, organisation.documentId)}>{formatMessage(t('mzo.my.editProfile'))}</Link>
              <Link to={createPath('api::activity.activity', organisation.documentId)}>{formatMessage(t('mzo.my.new.activities'))}</Link>
              <Link to={createPath('api::room.room', organisation.documentId)}>{formatMessage(t('mzo.my.new.rooms'))}</Link>
              <Link to="/mijn-organisatie">{formatMessage(t('mzo.my.open'))}</Link>
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
}
