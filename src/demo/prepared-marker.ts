/** A file in the data directory saying that `npm install` loaded the demo data, whose accounts the first start prints. */
export const DEMO_PREPARED_MARKER = 'demo-prepared';
