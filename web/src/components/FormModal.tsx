import { Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../hooks/useReturnFocus';

/** A dialog for one form: full screen on a phone, with a labelled close button. */
export function FormModal({
  title,
  onClose,
  size = 'lg',
  children,
}: {
  title: string;
  onClose(): void;
  size?: string;
  children: ReactNode;
}) {
  useReturnFocus();
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 500px)');
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('close') }}
      title={
        <Text fw={700} component="span">
          {title}
        </Text>
      }
      size={size}
      fullScreen={narrow}
    >
      {children}
    </Modal>
  );
}
