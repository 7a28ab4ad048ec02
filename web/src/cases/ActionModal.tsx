import { Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { LoadingBlock } from '../components/LoadingBlock';
import { formFor } from '../actions/registry';
import { useReturnFocus } from '../hooks/useReturnFocus';

/** The dialog of one action: its legal ground and its form, loaded when first opened. */
export function ActionModal({ c, action, onClose }: { c: CaseDetail; action: string; onClose(): void }) {
  useReturnFocus();
  const { t, i18n } = useTranslation('actions');
  const Form = formFor(action);
  const narrow = useMediaQuery('(max-width: 500px)');
  const groundKey = `grounds.${action}`;
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common:close') }}
      onClose={onClose}
      title={
        <Text fw={700} component="span">
          {t(`names.${action}`)}
        </Text>
      }
      size="lg"
      fullScreen={narrow}
    >
      {i18n.exists(`actions:${groundKey}`) && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('ground', { ground: t(groundKey) })}
        </Text>
      )}
      <Suspense fallback={<LoadingBlock />}>
        <Form c={c} action={action} onDone={onClose} />
      </Suspense>
    </Modal>
  );
}
