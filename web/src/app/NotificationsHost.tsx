import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Where toasts appear; loaded after the first page so it does not weigh on it. */
export default function NotificationsHost() {
  return <Notifications position="top-right" />;
}
