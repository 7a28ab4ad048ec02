import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Attachment, CaseDetail } from '../api/types';
import { formatBytes } from '../format/numbers';
import { FileUpload } from './FileUpload';

interface Props {
  code: string;
  /** The step the upload supports; undefined when the server would refuse it (no upload offered). */
  uploadStep: string | undefined;
  legend: string;
  attachments: Attachment[];
  value: string[];
  onChange(ids: string[]): void;
}

/** The action's step when the server says this person may attach a file to it now. */
export const uploadStepFor = (c: CaseDetail, action: string) =>
  c.attachableSteps.includes(action) ? action : undefined;

/** Picks documents for an action from the case's attachments, or uploads a new one (then picked). */
export function AttachmentChooser({ code, uploadStep, legend, attachments, value, onChange }: Props) {
  const { t } = useTranslation('case');
  const client = useQueryClient();
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('attachments.empty')}
          </Text>
        ) : (
          <Checkbox.Group value={value} onChange={onChange} label={t('attachments.choose')}>
            <Stack gap={6} mt={4}>
              {attachments.map((a) => (
                <Checkbox key={a.id} value={a.id} label={`${a.filename} (${formatBytes(a.size)})`} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {uploadStep && (
          <FileUpload
            code={code}
            step={uploadStep}
            onUploaded={(a) => {
              onChange([...value, a.id]);
              void client.invalidateQueries({ queryKey: ['case', code] });
            }}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
