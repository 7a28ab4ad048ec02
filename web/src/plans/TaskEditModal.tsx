import { Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { isApiError } from '../api/errors';
import { addPlanTask, updatePlanTask, type Plan, type PlanTask, type UpdateTaskInput } from '../api/plans';
import { DateField } from '../components/DateField';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { UnitPicker } from '../components/UnitPicker';
import { useWriteForm } from '../hooks/useWriteForm';

/**
 * Adds a task to the plan, or changes one (the plan amended): the wording, the expected output,
 * the unit and the due date. A change sends only what was changed, with the version last read.
 */
export function TaskEditModal({ plan, task, onClose }: { plan: Plan; task?: PlanTask; onClose(): void }) {
  const { t } = useTranslation('plans');
  const client = useQueryClient();
  const [key] = useState(newIdempotencyKey);
  const title = task ? t('taskForm.editTitle', { n: task.ordinal }) : t('taskForm.addTitle');
  const state = useWriteForm(
    {
      title: task?.title ?? '',
      expectedOutput: task?.expectedOutput ?? '',
      assigneeUnitId: (task?.assigneeUnit.id ?? null) as string | null,
      dueOn: task?.dueOn as string | undefined,
    },
    async (v) => {
      const input = {
        title: v.title,
        expectedOutput: v.expectedOutput,
        assigneeUnitId: v.assigneeUnitId ?? '',
        dueOn: v.dueOn ?? '',
      };
      if (task) {
        const changed: UpdateTaskInput = {};
        if (input.title !== task.title) changed.title = input.title;
        if (input.expectedOutput !== task.expectedOutput) changed.expectedOutput = input.expectedOutput;
        if (input.assigneeUnitId !== task.assigneeUnit.id) changed.assigneeUnitId = input.assigneeUnitId;
        if (input.dueOn !== task.dueOn) changed.dueOn = input.dueOn;
        if (Object.keys(changed).length > 0)
          await updatePlanTask(task.id, task.version, changed).catch((e: unknown) => {
            // Someone changed the task meanwhile: the page reloads it, so the next try starts from it.
            if (isApiError(e) && e.isConflict) void client.invalidateQueries({ queryKey: ['plans', plan.id] });
            throw e;
          });
        notifySuccess(t('taskForm.saved', { n: task.ordinal }));
      } else {
        const detail = await addPlanTask(plan.id, input, key);
        client.setQueryData(['plans', plan.id], detail);
        notifySuccess(t('taskForm.added'));
      }
      void client.invalidateQueries({ queryKey: ['plans'] });
      onClose();
    },
  );
  const { form } = state;
  return (
    <FormModal title={title} onClose={onClose}>
      <FormShell
        label={title}
        state={state}
        submitLabel={task ? t('taskForm.save') : t('taskForm.add')}
        onCancel={onClose}
      >
        <Textarea label={t('page.task')} required autosize minRows={2} {...form.getInputProps('title')} />
        <Textarea label={t('taskForm.expectedOutput')} required autosize {...form.getInputProps('expectedOutput')} />
        <UnitPicker
          label={t('page.unit')}
          required
          initialName={task?.assigneeUnit.name ?? null}
          value={form.values.assigneeUnitId}
          onChange={(id) => form.setFieldValue('assigneeUnitId', id)}
          error={form.errors.assigneeUnitId}
        />
        <DateField
          label={t('page.due')}
          required
          name="dueOn"
          value={form.values.dueOn}
          onChange={(v) => form.setFieldValue('dueOn', v)}
          error={form.errors.dueOn}
        />
      </FormShell>
    </FormModal>
  );
}
