import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../api/types';
import { ActionModal } from './ActionModal';

/** Actions that open a page of their own rather than a dialog. */
const PAGES: Record<string, (code: string) => string> = {
  update_plan: (code) => `/cases/${code}/plan`,
  propose_adjustment: (code) => `/cases/${code}/adjust`,
};
const DESTRUCTIVE = new Set(['withdraw', 'reject', 'terminate', 'suspend']);
const PRIMARY = new Set([
  'submit',
  'resubmit',
  'accept_for_consideration',
  'record_party_opinion',
  'record_vote',
  'approve',
  'record_appraisal',
  'report_progress',
  'declare_completed',
  'submit_completion_report',
  'record_evaluation',
]);

/** Only the actions the server allows this person now, each opening its form. */
export function CaseActions({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('page.actions')}
        </Title>
        {c.state === 'evaluated' && (
          // The case itself is done, but protection and rewards (Arts. 10, 11) go on in their tabs.
          <Text size="sm" data-testid="after-evaluation">
            {t('page.afterEvaluation')}{' '}
            <Anchor component={Link} to="?tab=protection" replace>
              {t('page.tabs.protection')}
            </Anchor>
            {', '}
            <Anchor component={Link} to="?tab=rewards" replace>
              {t('page.tabs.rewards')}
            </Anchor>
            .
          </Text>
        )}
        {c.allowedActions.length === 0 && c.state === 'evaluated' ? null : c.allowedActions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('page.noActions')}
          </Text>
        ) : (
          <Group gap="xs" data-testid="case-actions">
            {c.allowedActions.map((action) => {
              const label = t(`actions:names.${action}`);
              const page = PAGES[action];
              const variant = PRIMARY.has(action) ? 'filled' : 'default';
              const color = DESTRUCTIVE.has(action) ? 'red.9' : undefined;
              return page ? (
                <Button key={action} component={Link} to={page(c.code)} variant="default">
                  {label}
                </Button>
              ) : (
                <Button
                  key={action}
                  variant={DESTRUCTIVE.has(action) ? 'outline' : variant}
                  color={color}
                  onClick={() => setOpen(action)}
                >
                  {label}
                </Button>
              );
            })}
          </Group>
        )}
      </Stack>
      {open && <ActionModal c={c} action={open} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
