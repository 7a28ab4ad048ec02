import { Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openCampaign, type Campaign } from '../api/campaigns';
import { useMe } from '../auth/auth-context';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';
import { vietnamDate } from '../format/dates';

interface ScopeLine {
  unitId: string | null;
  includeSubtree: boolean;
}

/** Opens a campaign for the province or city where the person is an organisation officer or administrator. */
export function OpenCampaignForm({ onOpened, onCancel }: { onOpened(c: Campaign): void; onCancel(): void }) {
  const { t } = useTranslation('campaigns');
  const me = useMe();
  const owners = [
    ...new Map(
      me.grants
        .filter((g) => g.role === 'org_officer' || g.role === 'administrator')
        .map((g) => [g.unitId, { value: g.unitId, label: g.unitName }]),
    ).values(),
  ];
  const thisYear = Number(vietnamDate().slice(0, 4));
  const [title, setTitle] = useState('');
  const [year, setYear] = useState<number>(thisYear);
  const [owner, setOwner] = useState<string | null>(owners[0]?.value ?? null);
  const [scope, setScope] = useState<ScopeLine[]>([{ unitId: null, includeSubtree: true }]);
  const [minimum, setMinimum] = useState<number | ''>('');
  const [deadline, setDeadline] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const setLine = (i: number, patch: Partial<ScopeLine>) =>
    setScope((s) => s.map((line, j) => (j === i ? { ...line, ...patch } : line)));

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const c = await openCampaign({
        title,
        year,
        ownerUnitId: owner ?? '',
        scope: scope.filter((s) => s.unitId).map((s) => ({ unitId: s.unitId!, includeSubtree: s.includeSubtree })),
        ...(minimum === '' ? {} : { minimumPerUnit: minimum }),
        deadline: deadline ?? '',
      });
      onOpened(c);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <ErrorAlert error={error} />
      <TextInput label={t('form.title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Group grow>
        <NumberInput
          label={t('form.year')}
          required
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setYear(Number(v))}
        />
        <Select label={t('form.owner')} required data={owners} value={owner} onChange={setOwner} />
      </Group>
      <Fieldset legend={t('form.scope')}>
        <Stack gap="xs">
          {scope.map((line, i) => (
            // The lines have no identity of their own until a unit is chosen.
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are only appended and removed by position
            <Group key={i} align="flex-end" wrap="wrap">
              <UnitPicker
                label={t('form.scopeUnit', { n: i + 1 })}
                value={line.unitId}
                onChange={(id) => setLine(i, { unitId: id })}
              />
              <Checkbox
                label={t('form.includeSubtree')}
                checked={line.includeSubtree}
                onChange={(e) => setLine(i, { includeSubtree: e.currentTarget.checked })}
              />
              {scope.length > 1 && (
                <Button variant="subtle" color="red" onClick={() => setScope((s) => s.filter((_, j) => j !== i))}>
                  {t('form.removeUnit', { n: i + 1 })}
                </Button>
              )}
            </Group>
          ))}
          <Button
            variant="default"
            onClick={() => setScope((s) => [...s, { unitId: null, includeSubtree: false }])}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('form.addUnit')}
          </Button>
        </Stack>
      </Fieldset>
      <Group grow align="flex-start">
        <NumberInput
          label={t('form.minimum')}
          description={t('form.minimumHint')}
          min={1}
          max={100}
          value={minimum}
          onChange={(v) => setMinimum(v === '' ? '' : Number(v))}
        />
        <DateField label={t('form.deadline')} required value={deadline} onChange={setDeadline} />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t('form.cancel')}
        </Button>
        <Button onClick={submit} loading={busy}>
          {t('form.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
