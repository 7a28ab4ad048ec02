// The embedded database's own thread. PGlite runs PostgreSQL compiled to WebAssembly, and every
// statement runs to its end on the thread that calls it: on the server's main thread a statement
// of 100 ms holds every request for 100 ms. Here it holds only this thread; the main thread sends
// the wire protocol's bytes and gets the answer's bytes back (`pglite-thread.ts`).
//
// Plain JavaScript because a worker thread does not inherit the TypeScript loader of its parent.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** @type {{ dataDir: string, image?: ArrayBuffer }} */
const options = workerData;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @type {PGlite} */
let db;
try {
  db = await PGlite.create(options.dataDir, {
    extensions: { pg_trgm, btree_gin },
    ...(options.image && { loadDataDir: new Blob([options.image]) }),
  });
  // A new WAL segment is not filled with zeros first: in the embedded database that is 16 MB
  // written inside one statement, which held the connection for 40–80 ms whenever a write crossed
  // into a new segment (docs/performance.md). Zero-filling reserves disk space for a crash-safe
  // server; PGlite runs without fsync and makes no such promise (README).
  await db.exec('set wal_init_zero = off');
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: describe(error) });
  process.exit(1);
}

// One request at a time, in the order sent: PGlite has one connection, and the wire protocol's
// messages of one statement must not interleave with another's.
let queue = Promise.resolve();
/** @typedef {{ id: number, op: string, bytes?: Uint8Array, compression?: 'none' | 'gzip' | 'auto' }} Request */
port.on('message', (/** @type {Request} */ m) => {
  queue = queue.then(() => handle(m));
});

/** @param {Request} m */
async function handle(m) {
  try {
    if (m.op === 'exec') {
      // The answer may be a view into the database's memory: copied before its buffer is handed over.
      const answer = new Uint8Array(await db.execProtocolRaw(/** @type {Uint8Array} */ (m.bytes)));
      port.postMessage({ id: m.id, bytes: answer }, [answer.buffer]);
    } else if (m.op === 'dump') {
      const dump = await (await db.dumpDataDir(m.compression)).arrayBuffer();
      port.postMessage({ id: m.id, bytes: dump }, [dump]);
    } else if (m.op === 'close') {
      await db.close();
      port.postMessage({ id: m.id });
    } else {
      port.postMessage({ id: m.id, error: `unknown operation ${m.op}` });
    }
  } catch (error) {
    port.postMessage({ id: m.id, error: describe(error) });
  }
}
