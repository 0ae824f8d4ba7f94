import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { t } from '../translations';
import { joinMoment, parseTime, splitMoment } from './moment';
import type { CustomFieldProps } from './field-props';

type Props = CustomFieldProps<string>;

/**
 * Custom field `global::moment`: the date (the browser's date picker, also on a phone) and the time
 * as a plain text box read by `parseTime` — "10:00", "10.00" and "9:30" stay what was typed. Stores
 * the same ISO moment as Strapi's own date-time field, in Utrecht time.
 */
const MomentInput = React.forwardRef<HTMLInputElement, Props>(function MomentInput(
  { name, label, hint, required, disabled, labelAction, value, error, onChange },
  ref,
) {
  const { formatMessage } = useIntl();
  const initial = splitMoment(value);
  const [date, setDate] = React.useState(initial.date);
  const [time, setTime] = React.useState(initial.time);
  const [timeError, setTimeError] = React.useState<string>();
  const emitted = React.useRef(value ?? null);

  // A value from outside (the entry loaded, a reset) replaces what is shown.
  React.useEffect(() => {
    if ((value ?? null) === emitted.current) return;
    emitted.current = value ?? null;
    const parts = splitMoment(value);
    setDate(parts.date);
    setTime(parts.time);
    setTimeError(undefined);
  }, [value]);

  const emit = (nextDate: string, nextTime: string | undefined) => {
    const iso = nextDate && nextTime ? (joinMoment(nextDate, nextTime) ?? null) : null;
    if (iso === emitted.current) return;
    emitted.current = iso;
    onChange(name, iso);
  };

  const onTimeBlur = () => {
    if (!time.trim()) return setTimeError(date ? formatMessage(t('mzo.moment.timeMissing')) : undefined);
    const parsed = parseTime(time);
    if (parsed) {
      setTime(parsed);
      setTimeError(undefined);
    } else {
      setTimeError(formatMessage(t('mzo.moment.timeInvalid'), { value: time }));
      emit(date, undefined);
    }
  };

  const shownError = timeError ?? error;
  const groupId = React.useId();
  return (
    <Box role="group" aria-labelledby={groupId}>
      <Flex gap={1} paddingBottom={1}>
        <Typography id={groupId} variant="pi" fontWeight="bold" textColor="neutral800">
          {label}
          {required ? ' *' : ''}
        </Typography>
        {labelAction}
      </Flex>
      <Flex gap={2} wrap="wrap" alignItems="flex-start">
        <Box style={{ flex: '1 1 10rem' }}>
          <Field.Root name={`${name}.date`} required={required}>
            <Field.Label>{formatMessage(t('mzo.moment.date'))}</Field.Label>
            <TextInput
              ref={ref}
              type="date"
              value={date}
              disabled={disabled}
              max="2099-12-31"
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                setDate(event.target.value);
                emit(event.target.value, parseTime(time));
              }}
            />
          </Field.Root>
        </Box>
        <Box style={{ flex: '1 1 8rem' }}>
          <Field.Root name={`${name}.time`} required={required} error={shownError} hint={hint ?? formatMessage(t('mzo.moment.hint'))}>
            <Field.Label>{formatMessage(t('mzo.moment.time'))}</Field.Label>
            <TextInput
              placeholder={formatMessage(t('mzo.moment.timePlaceholder'))}
              autoComplete="off"
              value={time}
              disabled={disabled}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                setTime(event.target.value);
                setTimeError(undefined);
                const parsed = parseTime(event.target.value);
                if (parsed) emit(date, parsed);
              }}
              onBlur={onTimeBlur}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Box>
      </Flex>
    </Box>
  );
});

export default MomentInput;
