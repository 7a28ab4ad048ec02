import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

/** A short confirmation toast, with a labelled close button. */
export function notifySuccess(message: string): void {
  notifications.show({
    color: 'green',
    message,
    autoClose: 5000,
    closeButtonProps: { 'aria-label': i18n.t('common:close') },
  });
}
