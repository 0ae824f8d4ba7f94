import * as React from 'react';
import { useIntl } from 'react-intl';
import { Field, TextInput } from '@strapi/design-system';
import { t } from '../translations';
import type { CustomFieldProps } from './field-props';

type Props = CustomFieldProps<number | string>;

/** Four digits, nothing else: what a year typed into the box must be. */
export const parseYear = (text: string): number | undefined => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/**
 * Custom field `global::year`: a year as people write it. Strapi's number box groups digits the Dutch way
 * ("2.013"), which reads as a number, not a year; this box shows 2013. It stores the same whole number as
 * Strapi's own integer field. Text that is no year stays in the box, is named under it, and is handed to
 * the form as typed, so the save is refused with the field's own message instead of silently emptying it.
 */
const YearInput = React.forwardRef<HTMLInputElement, Props>(function YearInput(
  { name, label, hint, required, disabled, labelAction, value, error, onChange },
  ref,
) {
  const { formatMessage } = useIntl();
  const shown = (v: Props['value']) => (v === null || v === undefined ? '' : String(v));
  const [text, setText] = React.useState(shown(value));
  const [typedError, setTypedError] = React.useState<string>();
  const emitted = React.useRef<unknown>(value ?? null);

  // A value from outside (the entry loaded, a reset) replaces what is shown.
  React.useEffect(() => {
    if ((value ?? null) === emitted.current) return;
    emitted.current = value ?? null;
    setText(shown(value));
    setTypedError(undefined);
  }, [value]);

  const emit = (next: unknown) => {
    if (next === emitted.current) return;
    emitted.current = next;
    onChange(name, next);
  };

  return (
    <Field.Root name={name} required={required} error={typedError ?? error} hint={hint ?? formatMessage(t('mzo.year.hint'))}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <TextInput
        ref={ref}
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        placeholder={formatMessage(t('mzo.year.placeholder'))}
        value={text}
        disabled={disabled}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          const typed = event.target.value;
          setText(typed);
          setTypedError(undefined);
          const year = parseYear(typed);
          emit(typed.trim() === '' ? null : (year ?? typed));
        }}
        onBlur={() => {
          if (text.trim() !== '' && parseYear(text) === undefined) setTypedError(formatMessage(t('mzo.year.invalid'), { value: text.trim() }));
        }}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export default YearInput;
