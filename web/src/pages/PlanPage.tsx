import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchPlan, planReportUrl, taskFileUrl, type PlanTask } from '../api/plans';
import { ErrorAlert } from '../components/ErrorAlert';
import { Fact } from '../components/Fact';
import { FormModal } from '../components/FormModal';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';
import { TaskEditModal } from '../plans/TaskEditModal';
import { TaskStatusBadge } from '../plans/TaskStatusBadge';
import { ReportForm, UrgeForm } from '../plans/TaskForms';

/** One plan: its tasks with status and lateness; the assignee reports, the focal point urges and exports. */
export default function PlanPage() {
  const { t } = useTranslation('plans');
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [open, setOpen] = useState<{ task: PlanTask; form: 'urge' | 'report' } | null>(null);
  // `null`: adding a task; an id: changing that task, as last read (it is reloaded after a conflict).
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const q = useQuery({ queryKey: ['plans', id], queryFn: ({ signal }) => fetchPlan(id, signal) });
  const plan = q.data?.plan;
  const done = () => {
    setOpen(null);
    void client.invalidateQueries({ queryKey: ['plans'] });
  };
  return (
    <Stack>
      <PageHeader
        title={plan ? `${plan.number} — ${plan.title}` : t('title')}
        actions={
          plan && (
            <Group gap="md">
              {plan.mayManageTasks && <Button onClick={() => setEditing(null)}>{t('taskForm.addTitle')}</Button>}
              {plan.mayExport && (
                <>
                  <Anchor href={planReportUrl(plan.id, 'docx')} download data-testid="plan-report-docx">
                    {t('page.exportDocx')}
                  </Anchor>
                  <Anchor href={planReportUrl(plan.id)} download data-testid="plan-report-xlsx">
                    {t('page.export')}
                  </Anchor>
                </>
              )}
            </Group>
          )
        }
      />
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {plan && (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('list.issuing')}>{plan.issuingUnit.name}</Fact>
            <Fact label={t('page.issuedOn')}>{formatDate(plan.issuedOn)}</Fact>
            <Fact label={t('list.focal')}>{plan.focalUnit.name}</Fact>
            <Fact label={t('list.period')}>
              {formatDate(plan.periodFrom)} – {formatDate(plan.periodTo)}
            </Fact>
            <Fact label={t('list.progress')}>{t('tally', plan.tally)}</Fact>
          </SimpleGrid>
        </Paper>
      )}
      {plan && q.data && (
        <ScrollTable label={t('page.tasks')} minWidth={900}>
          <table className="k-table" data-testid="plan-tasks">
            <caption>{t('page.tasks')}</caption>
            <thead>
              <tr>
                <th>{t('page.ordinal')}</th>
                <th>{t('page.task')}</th>
                <th>{t('page.unit')}</th>
                <th>{t('page.due')}</th>
                <th>{t('page.state')}</th>
                <th>{t('page.lastReport')}</th>
                <th>{t('page.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.tasks.map((task) => (
                <tr key={task.id} data-testid={`task-${task.ordinal}`}>
                  <td>{task.ordinal}</td>
                  <td>
                    <Text fw={600}>{task.title}</Text>
                    <Text size="sm">
                      {t('page.output')}: {task.expectedOutput}
                    </Text>
                  </td>
                  <td>{task.assigneeUnit.name}</td>
                  <td>{formatDate(task.dueOn)}</td>
                  <td>
                    <TaskStatusBadge task={task} />
                    {task.urgeCount > 0 && task.lastUrgeDueBy && (
                      <Text size="sm">
                        {t('page.urged', { count: task.urgeCount, date: formatDate(task.lastUrgeDueBy) })}
                      </Text>
                    )}
                  </td>
                  <td>
                    {task.reports[0] && (
                      <Text size="sm">
                        {formatDate(task.reports[0].at.slice(0, 10))}: {task.reports[0].text}
                      </Text>
                    )}
                    {task.files.map((f) => (
                      <Anchor key={f.id} href={taskFileUrl(task.id, f.id)} size="sm" display="block">
                        {f.filename}
                      </Anchor>
                    ))}
                  </td>
                  <td>
                    <Group gap="xs">
                      {plan.mayManageTasks && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('taskForm.editTitle', { n: task.ordinal })}
                          onClick={() => setEditing(task.id)}
                        >
                          {t('taskForm.edit')}
                        </Button>
                      )}
                      {plan.mayUrge && task.status !== 'done' && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('page.urgeTask', { n: task.ordinal })}
                          onClick={() => setOpen({ task, form: 'urge' })}
                        >
                          {t('page.urge')}
                        </Button>
                      )}
                      {task.mayReport && task.status !== 'done' && (
                        <Button
                          size="xs"
                          aria-label={t('page.reportTask', { n: task.ordinal })}
                          onClick={() => setOpen({ task, form: 'report' })}
                        >
                          {t('page.report')}
                        </Button>
                      )}
                    </Group>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {editing !== undefined && plan && (
        <TaskEditModal
          plan={plan}
          task={q.data?.tasks.find((x) => x.id === editing)}
          onClose={() => setEditing(undefined)}
        />
      )}
      {open && plan && (
        <FormModal
          title={t(open.form === 'urge' ? 'page.urgeTask' : 'page.reportTask', { n: open.task.ordinal })}
          onClose={() => setOpen(null)}
        >
          {open.form === 'urge' ? (
            <UrgeForm plan={plan} task={open.task} onDone={done} />
          ) : (
            <ReportForm task={open.task} onDone={done} />
          )}
        </FormModal>
      )}
    </Stack>
  );
}
