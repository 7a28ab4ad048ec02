import '@mantine/core/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import App from './app/App';

await initI18n();
createRoot(document.getElementById('root')!).render(<App />);
