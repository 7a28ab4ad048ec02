import { Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { PLAN_SECTIONS, type PlanForm, type PlanSection } from './plan-form';
import { focusField } from './focus-field';
import { sectionOf } from './plan-labels';
import { PlanErrorSummary } from './PlanErrorSummary';
import { PlanSectionBody } from './PlanSectionBody';
import { PlanSectionNav } from './PlanSectionNav';

interface Props {
  title: string;
  form: PlanForm;
  error: unknown;
  showUrgent: boolean;
  before?: ReactNode;
  actions: ReactNode;
  onReload?: () => Promise<void>;
}

/** The guided Art. 7(2) form: one section at a time, errors counted per section and listed on top. */
export function PlanEditor({ title, form, error, showUrgent, before, actions, onReload }: Props) {
  const { t } = useTranslation('plan');
  // The open section lives in the address, so it survives saving a new draft (which opens its own page).
  const [params, setParams] = useSearchParams();
  const asked = params.get('section') as PlanSection | null;
  const section: PlanSection = asked && PLAN_SECTIONS.includes(asked) ? asked : 'general';
  const setSection = (s: PlanSection) =>
    setParams(
      (p) => {
        p.set('section', s);
        return p;
      },
      { replace: true },
    );
  // Where focus goes once the section is drawn: its heading, or the field an error names.
  const [focusTarget, setFocusTarget] = useState<{ section: PlanSection; path: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The address changes a moment after the click: wait until the section asked for is drawn.
    if (!focusTarget || focusTarget.section !== section) return;
    if (!focusTarget.path || !focusField(focusTarget.path)) heading.current?.focus();
    setFocusTarget(null);
  }, [focusTarget, section]);
  const goTo = (s: PlanSection, path = '') => {
    setSection(s);
    setFocusTarget({ section: s, path });
  };
  const counts = new Map<string, number>();
  for (const path of Object.keys(form.errors)) counts.set(sectionOf(path), (counts.get(sectionOf(path)) ?? 0) + 1);

  // biome-ignore lint/correctness/useExhaustiveDependencies: jump only when a new answer with errors arrives, not as the person moves between sections
  useEffect(() => {
    const first = PLAN_SECTIONS.find((s) => counts.has(s));
    if (first && !counts.has(section)) setSection(first);
    // Jump only when a new answer with errors arrives.
  }, [error]);

  const index = PLAN_SECTIONS.indexOf(section);
  return (
    <Stack>
      <PageHeader title={title} description={t('intro')} />
      {before}
      <PlanErrorSummary
        form={form}
        error={error}
        onJump={(path) => goTo(sectionOf(path) as PlanSection, path)}
        onReload={onReload}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <PlanSectionNav active={section} counts={counts} onChange={(s) => goTo(s)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-section-title">
            <Stack>
              <Title order={2} size="h3" id="plan-section-title" ref={heading} tabIndex={-1}>
                {t(`sections.${section}`)}
              </Title>
              <PlanSectionBody section={section} form={form} showUrgent={showUrgent} />
              <Group justify="space-between" mt="md">
                <Button variant="default" disabled={index === 0} onClick={() => goTo(PLAN_SECTIONS[index - 1]!)}>
                  {t('previousSection')}
                </Button>
                <Button
                  variant="default"
                  disabled={index === PLAN_SECTIONS.length - 1}
                  onClick={() => goTo(PLAN_SECTIONS[index + 1]!)}
                >
                  {t('nextSection')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="sm" radius="md" pos="sticky" bottom={0} style={{ zIndex: 5 }}>
        <Group justify="flex-end" gap="sm">
          {actions}
        </Group>
      </Paper>
    </Stack>
  );
}
