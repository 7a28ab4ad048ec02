// `npm start`: the server bundle that `npm install` built, when it was built from the sources as
// they are now; otherwise the TypeScript sources through tsx (a checkout being edited).
import { pathToFileURL } from 'node:url';
import { currentBundle } from './server-bundle.mjs';

const bundle = currentBundle();
if (bundle) {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
