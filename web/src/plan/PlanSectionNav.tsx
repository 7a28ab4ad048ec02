import { Badge, NavLink, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_SECTIONS, type PlanSection } from './plan-form';

interface Props {
  active: PlanSection;
  counts: Map<string, number>;
  onChange(section: PlanSection): void;
}

/** The sections of the plan, with how many errors each has; a list on wide screens, a select on narrow ones. */
export function PlanSectionNav({ active, counts, onChange }: Props) {
  const { t } = useTranslation('plan');
  const label = (s: PlanSection) => {
    const n = counts.get(s);
    return n ? `${t(`sections.${s}`)} (${t('sectionErrors', { count: n })})` : t(`sections.${s}`);
  };
  return (
    <>
      <Select
        hiddenFrom="md"
        label={t('sectionsNav')}
        data={PLAN_SECTIONS.map((s) => ({ value: s, label: label(s) }))}
        value={active}
        onChange={(v) => v && onChange(v as PlanSection)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Stack gap={2} visibleFrom="md" component="nav" aria-label={t('sectionsNav')}>
        {PLAN_SECTIONS.map((s) => {
          const n = counts.get(s);
          return (
            <NavLink
              key={s}
              component="button"
              type="button"
              label={t(`sections.${s}`)}
              active={s === active}
              aria-current={s === active ? 'step' : undefined}
              onClick={() => onChange(s)}
              rightSection={
                n ? (
                  <Badge color="red.9" variant="filled" size="sm">
                    {t('sectionErrors', { count: n })}
                  </Badge>
                ) : undefined
              }
            />
          );
        })}
      </Stack>
    </>
  );
}
