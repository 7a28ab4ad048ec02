import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanForm } from './plan-form';
import { REQUIRED_FOR_SUBMISSION } from './required-fields';

interface Props {
  form: PlanForm;
  path: string;
  label: string;
  multiline?: boolean;
  description?: string;
}

/** A text field of the plan, marked * when Art. 7(2) needs it for submission; its API error shows under it. */
export function PlanTextField({ form, path, label, multiline = true, description }: Props) {
  const { t } = useTranslation('plan');
  const props = {
    label: t(`fields.${label}`),
    description,
    withAsterisk: REQUIRED_FOR_SUBMISSION.has(path),
    name: path,
    ...form.getInputProps(path),
  };
  return multiline ? <Textarea autosize minRows={3} maxRows={12} {...props} /> : <TextInput {...props} />;
}
