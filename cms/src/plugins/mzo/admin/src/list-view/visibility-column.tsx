import * as React from 'react';
import { useIntl } from 'react-intl';
import { Typography } from '@strapi/design-system';
import { t } from '../translations';

interface Header {
  name: string;
  attribute?: { type?: string; enum?: string[] };
  cellFormatter?: (row: Record<string, unknown>) => React.ReactNode;
}

const VISIBILITIES = ['public', 'officials', 'hidden'] as const;

function VisibilityLabel({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  const known = VISIBILITIES.find((v) => v === value);
  return <Typography>{known ? formatMessage(t(`mzo.visibility.${known}`)) : String(value ?? '-')}</Typography>;
}

/**
 * Content-manager hook (Admin/CM/pages/ListView/inject-column-in-table): in the contact-person list,
 * the visibility column shows what the value means ("Alleen de gemeente …") instead of its code.
 */
export function visibilityColumn({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.name === 'visibility' && header.attribute?.type === 'enumeration' && VISIBILITIES.every((v) => header.attribute?.enum?.includes(v))
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <VisibilityLabel value={row.visibility} /> }
        : header,
    ),
  };
}
