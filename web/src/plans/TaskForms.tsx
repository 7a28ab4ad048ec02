import { Button, FileInput, Group, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportTask, uploadTaskFile, urgeTask, type Plan, type PlanTask } from '../api/plans';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySuccess } from '../components/notify';
import { formatDate } from '../format/dates';

/** The focal point's urge: an optional message; the server computes the new date on the legal calendar. */
export function UrgeForm({ plan, task, onDone }: { plan: Plan; task: PlanTask; onDone(): void }) {
  const { t } = useTranslation('plans');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await urgeTask(task.id, note.trim());
      notifySuccess(t('urgeForm.sent', { date: formatDate(r.dueBy) }));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Text>{t('urgeForm.intro', { unit: task.assigneeUnit.name, days: plan.urgeWorkingDays })}</Text>
      <Textarea label={t('urgeForm.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={busy}>
          {t('urgeForm.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The assignee unit's report: progress with a percentage, or completion; a file uploaded first. */
export function ReportForm({ task, onDone }: { task: PlanTask; onDone(): void }) {
  const { t } = useTranslation('plans');
  const [kind, setKind] = useState<'progress' | 'completion'>('progress');
  const [text, setText] = useState('');
  const [percent, setPercent] = useState<number | string>(task.percent);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const attachmentIds = file ? [(await uploadTaskFile(task.id, file)).id] : [];
      await reportTask(task.id, task.version, {
        kind,
        text,
        ...(kind === 'progress' ? { percent: Number(percent) } : {}),
        attachmentIds,
      });
      notifySuccess(t('reportForm.sent'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Radio.Group label={t('reportForm.kind')} value={kind} onChange={(v) => setKind(v as typeof kind)}>
        <Group>
          <Radio value="progress" label={t('reportForm.progress')} />
          <Radio value="completion" label={t('reportForm.completion')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('reportForm.text')}
        required
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
      />
      {kind === 'progress' && (
        <NumberInput label={t('reportForm.percent')} min={0} max={100} value={percent} onChange={setPercent} />
      )}
      <FileInput label={t('reportForm.file')} value={file} onChange={setFile} />
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={busy} disabled={!text.trim()}>
          {t('reportForm.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
