import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Typography } from '@strapi/design-system';

interface Props {
  /** The link, whole. */
  target: string;
  /** What to do with it (Strapi's own message). */
  children: React.ReactNode;
}

/**
 * Stands in for Strapi's MagicLinkWrapper (see ./vite.config.ts) in Settings → Users: the invitation link
 * whole, selectable and wrapped over lines, with a button that copies it.
 */
export const MagicLinkWrapper = ({ target, children }: Props) => {
  const { formatMessage } = useIntl();
  const [copied, setCopied] = React.useState(false);
  const copy = async (event: React.MouseEvent) => {
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(target);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin): the link stays selectable on screen.
    }
  };
  return (
    <Box shadow="tableShadow" hasRadius padding={6} background="neutral0">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography textColor="neutral600">{children}</Typography>
        <Typography tag="p" fontWeight="semiBold" data-invitation-link style={{ wordBreak: 'break-all', userSelect: 'all' }}>
          {target}
        </Typography>
        <Flex gap={3}>
          <Button variant="secondary" onClick={copy}>
            {formatMessage({ id: 'mzo.invitationLink.copy', defaultMessage: 'Copy the link' })}
          </Button>
          {copied && (
            <Typography role="status" textColor="success600">
              {formatMessage({ id: 'mzo.invitationLink.copied', defaultMessage: 'Copied' })}
            </Typography>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};
