import type * as React from 'react';

/** What Strapi's edit form gives a custom field's input (the content model's custom fields, index.ts). */
export interface CustomFieldProps<V> {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  value?: V | null;
  error?: string;
  onChange: (name: string, value: unknown) => void;
}
