import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Checkbox, Field, Flex, Radio, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { t } from '../translations';
import {
  NTHS,
  WEEKDAYS,
  dayName,
  describe,
  fromRrule,
  nextDates,
  nthName,
  toRrule,
  weekdayOf,
  type Choice,
  type End,
  type Language,
  type Pattern,
} from './recurrence';
import type { CustomFieldProps } from './field-props';

type Props = CustomFieldProps<string>;

type Kind = 'once' | 'weekly' | 'biweekly' | 'monthly';

const kindOf = (pattern: Pattern): Kind =>
  pattern.kind === 'weekly' ? (pattern.interval === 2 ? 'biweekly' : 'weekly') : pattern.kind === 'monthly' ? 'monthly' : 'once';

/**
 * Custom field `global::recurrence`: how often an activity happens, chosen instead of typed (once,
 * every week on …, every two weeks on …, the nth weekday of the month; until a date or n times),
 * with the rule in words and the next dates. Stores the same RRULE as before. A stored rule the
 * picker cannot show is kept as it is, shown in words, and can still be changed by hand.
 */
const RecurrenceInput = React.forwardRef<HTMLDivElement, Props>(function RecurrenceInput(
  { name, label, hint, disabled, labelAction, value, error, onChange },
  ref,
) {
  const { formatMessage, locale } = useIntl();
  const language: Language = locale.startsWith('en') ? 'en' : 'nl';
  const startsAt = useForm('RecurrenceInput', (state) => (state.values as Record<string, unknown>).startsAt) as string | null | undefined;
  const rule = value ?? '';
  const parsed = fromRrule(rule);
  const [manual, setManual] = React.useState(!parsed);
  const startDay = weekdayOf(startsAt) ?? 'SA';

  const set = (choice: Choice) => onChange(name, toRrule(choice) || null);
  const choice: Choice = parsed ?? { pattern: { kind: 'once' }, end: { kind: 'never' } };
  const { pattern, end } = choice;

  const setKind = (kind: Kind) => {
    const days = pattern.kind === 'weekly' ? pattern.days : [pattern.kind === 'monthly' ? pattern.day : startDay];
    const next: Pattern =
      kind === 'once'
        ? { kind: 'once' }
        : kind === 'monthly'
          ? { kind: 'monthly', nth: 1, day: days[0] }
          : { kind: 'weekly', interval: kind === 'biweekly' ? 2 : 1, days };
    set({ pattern: next, end: kind === 'once' ? { kind: 'never' } : end });
  };
  const setEnd = (next: End) => set({ pattern, end: next });

  const groupId = React.useId();
  const dates = rule ? nextDates(rule, startsAt, language, 3) : [];
  const words = parsed ? describe(parsed, language) : undefined;

  return (
    <Box ref={ref} role="group" aria-labelledby={groupId}>
      <Flex gap={1} paddingBottom={2}>
        <Typography id={groupId} variant="pi" fontWeight="bold" textColor="neutral800">
          {label}
        </Typography>
        {labelAction}
      </Flex>
      {manual && !parsed ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="omega">{formatMessage(t('mzo.recurrence.custom'))}</Typography>
          <Field.Root name={name} error={error} hint={formatMessage(t('mzo.recurrence.manualHint'))}>
            <Field.Label>{formatMessage(t('mzo.recurrence.manual'))}</Field.Label>
            <TextInput value={rule} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(name, event.target.value || null)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Box>
            <Button
              variant="tertiary"
              disabled={disabled}
              onClick={() => (set({ pattern: { kind: 'weekly', interval: 1, days: [startDay] }, end: { kind: 'never' } }), setManual(false))}
            >
              {formatMessage(t('mzo.recurrence.usePicker'))}
            </Button>
          </Box>
        </Flex>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Radio.Group
            aria-label={formatMessage(t('mzo.recurrence.how'))}
            value={kindOf(pattern)}
            onValueChange={(kind: string) => setKind(kind as Kind)}
            disabled={disabled}
          >
            {(['once', 'weekly', 'biweekly', 'monthly'] as Kind[]).map((kind) => (
              <Radio.Item key={kind} value={kind}>
                {formatMessage(t(`mzo.recurrence.kind.${kind}` as 'mzo.recurrence.kind.once'))}
              </Radio.Item>
            ))}
          </Radio.Group>

          {pattern.kind === 'weekly' && (
            <Box role="group" aria-label={formatMessage(t('mzo.recurrence.days'))}>
              <Typography variant="pi" fontWeight="bold">
                {formatMessage(t('mzo.recurrence.days'))}
              </Typography>
              <Flex gap={3} wrap="wrap" paddingTop={1}>
                {WEEKDAYS.map((day) => (
                  <Checkbox
                    key={day}
                    disabled={disabled}
                    checked={pattern.days.includes(day)}
                    onCheckedChange={(checked: boolean | 'indeterminate') => {
                      const days = checked === true ? [...pattern.days, day] : pattern.days.filter((d) => d !== day);
                      if (days.length) set({ pattern: { ...pattern, days }, end });
                    }}
                  >
                    {dayName(day, language)}
                  </Checkbox>
                ))}
              </Flex>
            </Box>
          )}

          {pattern.kind === 'monthly' && (
            <Flex gap={2} wrap="wrap">
              <Field.Root name={`${name}.nth`}>
                <Field.Label>{formatMessage(t('mzo.recurrence.which'))}</Field.Label>
                <SingleSelect
                  value={String(pattern.nth)}
                  disabled={disabled}
                  onChange={(nth: string | number) => set({ pattern: { ...pattern, nth: Number(nth) as never }, end })}
                >
                  {NTHS.map((nth) => (
                    <SingleSelectOption key={nth} value={String(nth)}>
                      {nthName(nth, language)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Field.Root name={`${name}.day`}>
                <Field.Label>{formatMessage(t('mzo.recurrence.day'))}</Field.Label>
                <SingleSelect
                  value={pattern.day}
                  disabled={disabled}
                  onChange={(day: string | number) => set({ pattern: { ...pattern, day: day as never }, end })}
                >
                  {WEEKDAYS.map((day) => (
                    <SingleSelectOption key={day} value={day}>
                      {dayName(day, language)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Flex>
          )}

          {pattern.kind !== 'once' && (
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Radio.Group
                aria-label={formatMessage(t('mzo.recurrence.until'))}
                value={end.kind}
                disabled={disabled}
                onValueChange={(kind: string) =>
                  setEnd(
                    kind === 'until'
                      ? { kind: 'until', date: end.kind === 'until' ? end.date : defaultUntil(startsAt) }
                      : kind === 'count'
                        ? { kind: 'count', count: end.kind === 'count' ? end.count : 10 }
                        : { kind: 'never' },
                  )
                }
              >
                <Radio.Item value="never">{formatMessage(t('mzo.recurrence.end.never'))}</Radio.Item>
                <Radio.Item value="until">{formatMessage(t('mzo.recurrence.end.until'))}</Radio.Item>
                <Radio.Item value="count">{formatMessage(t('mzo.recurrence.end.count'))}</Radio.Item>
              </Radio.Group>
              {end.kind === 'until' && (
                <Field.Root name={`${name}.until`}>
                  <Field.Label>{formatMessage(t('mzo.recurrence.lastDate'))}</Field.Label>
                  <TextInput
                    type="date"
                    value={end.date}
                    disabled={disabled}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => event.target.value && setEnd({ kind: 'until', date: event.target.value })}
                  />
                </Field.Root>
              )}
              {end.kind === 'count' && (
                <Field.Root name={`${name}.count`}>
                  <Field.Label>{formatMessage(t('mzo.recurrence.times'))}</Field.Label>
                  <TextInput
                    type="number"
                    min={1}
                    max={999}
                    value={String(end.count)}
                    disabled={disabled}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                      const count = Number(event.target.value);
                      if (Number.isInteger(count) && count >= 1 && count <= 999) setEnd({ kind: 'count', count });
                    }}
                  />
                </Field.Root>
              )}
            </Flex>
          )}
        </Flex>
      )}

      <Box paddingTop={3} aria-live="polite">
        {words && (
          <Typography variant="omega" fontWeight="bold" tag="p">
            {words}
          </Typography>
        )}
        {!parsed && rule && !manual && <Typography variant="omega">{formatMessage(t('mzo.recurrence.custom'))}</Typography>}
        {dates.length > 0 && (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {formatMessage(t(pattern.kind === 'once' ? 'mzo.recurrence.onlyDate' : 'mzo.recurrence.next'), { dates: dates.join('; ') })}
          </Typography>
        )}
        {!startsAt && pattern.kind !== 'once' && (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {formatMessage(t('mzo.recurrence.needStart'))}
          </Typography>
        )}
        {hint && (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {hint}
          </Typography>
        )}
        {error && !manual && (
          <Typography variant="pi" textColor="danger600" tag="p" role="alert">
            {error}
          </Typography>
        )}
      </Box>
    </Box>
  );
});

/** Three months after the start (or today), as a first suggestion for "until". */
function defaultUntil(startsAt: string | null | undefined): string {
  const from = startsAt ? new Date(startsAt) : new Date();
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 3, from.getUTCDate()));
  return date.toISOString().slice(0, 10);
}

export default RecurrenceInput;
