import * as React from 'react';
import { useIntl } from 'react-intl';
import { SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
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

interface Filter {
  name: string;
  type?: string;
  options?: { label: string; value: string }[];
  input?: React.ComponentType<FilterInputProps>;
}

interface FilterInputProps {
  name: string;
  'aria-label'?: string;
  options?: { label: string; value: string }[];
}

/** A filter's value chosen from the options by their labels (Strapi's option labels: cms/src/admin/translations.ts). */
function LabelledChoice({ name, options = [], 'aria-label': label }: FilterInputProps) {
  const field = useField(name);
  return (
    <SingleSelect aria-label={label} value={field.value as string | undefined} onChange={(value: string | number) => field.onChange(name, String(value))}>
      {options.map((o) => (
        <SingleSelectOption key={o.value} value={o.value}>
          {o.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}

/**
 * Content-manager hook (Admin/CM/pages/ListView/inject-in-filters): a filter on a choice field (visibility,
 * legal form, …) is chosen by its labels, as Strapi already offers them, and once chosen its chip says the label
 * too ("Zichtbaarheid is Alleen de gemeente …" instead of "… is officials"): Strapi shows an option's label in
 * the chip only for a filter with an input of its own.
 */
export function labelledChoiceFilters({ displayedFilters, layout }: { displayedFilters: Filter[]; layout: unknown }) {
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) =>
      filter.type === 'enumeration' && !filter.name.startsWith('__') && !filter.input && filter.options?.length ? { ...filter, input: LabelledChoice } : filter,
    ),
  };
}
