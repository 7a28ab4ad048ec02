import { DateInput } from '@mantine/dates';
import 'dayjs/locale/vi';
import '@mantine/dates/styles.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../format/dates';

interface Props {
  label: string;
  value: string | undefined | null;
  onChange(value: string | undefined): void;
  error?: ReactNode;
  required?: boolean;
  description?: string;
  name?: string;
  maxDate?: string;
}

/** A calendar date typed or picked as dd/mm/yyyy; the value is 'YYYY-MM-DD'. */
export function DateField({ label, value, onChange, error, required, description, name, maxDate }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      label={label}
      name={name}
      description={description}
      required={required}
      error={error}
      value={value || null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : undefined)}
      valueFormat="DD/MM/YYYY"
      dateParser={(text) => parseTypedDate(text)}
      placeholder={t('datePlaceholder')}
      locale={i18n.language === 'en' ? 'en' : 'vi'}
      firstDayOfWeek={1}
      clearable
      clearButtonProps={{ 'aria-label': t('common:clear') }}
      // The calendar's arrows are buttons with icons only: they need names (axe: button-name).
      ariaLabels={{
        previousMonth: t('common:calendarNav.previousMonth'),
        nextMonth: t('common:calendarNav.nextMonth'),
        previousYear: t('common:calendarNav.previousYear'),
        nextYear: t('common:calendarNav.nextYear'),
        previousDecade: t('common:calendarNav.previousDecade'),
        nextDecade: t('common:calendarNav.nextDecade'),
        monthLevelControl: t('common:calendarNav.monthLevel'),
        yearLevelControl: t('common:calendarNav.yearLevel'),
      }}
      maxDate={maxDate}
      popoverProps={{ withinPortal: true }}
    />
  );
}
