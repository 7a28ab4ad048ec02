import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../source-fingerprint.mjs';

/**
 * The embedded database, run on a thread of its own (`pglite-worker.mjs`): it takes the wire
 * protocol's bytes and answers with the bytes PostgreSQL would send (`pglite-connection.ts` is
 * what `pg` talks to). The statements run on the other thread, and the server's event loop stays
 * free for requests while they do.
 */
export interface EmbeddedDatabase {
  /** Runs the protocol messages and answers with the backend's messages, as bytes. */
  exec(messages: Uint8Array): Promise<Uint8Array>;
  /** Its data directory as a tar (the scheduled snapshot, the prepared test image). */
  dumpDataDir(compression: 'none' | 'gzip'): Promise<Blob>;
  close(): Promise<void>;
}

interface Answer {
  id: number;
  bytes?: Uint8Array | ArrayBuffer;
  error?: string;
}

export async function startEmbeddedDatabase(dataDir: string, image?: Blob): Promise<EmbeddedDatabase> {
  const data = image ? await image.arrayBuffer() : undefined;
  // Found from the project's root: the server may run from its bundle in `.cache/server/`.
  const worker = new Worker(join(PROJECT_ROOT, 'src', 'db', 'pglite-worker.mjs'), {
    workerData: { dataDir, ...(data && { image: data }) },
    ...(data && { transferList: [data] }),
  });
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;

  const failAll = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the embedded database's thread stopped (exit code ${code})`)));

  const waitReady = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { ready: boolean; error?: string }) => {
      // Once open, the thread keeps the process alive only while an answer is awaited, as a socket would.
      worker.unref();
      if (m.ready) resolve();
      else reject(new Error(`the embedded database did not open: ${m.error}`));
      worker.on('message', (a: Answer) => {
        const p = pending.get(a.id);
        if (!p) return;
        pending.delete(a.id);
        if (pending.size === 0) worker.unref();
        p.resolve(a);
      });
    });
    worker.once('exit', () => reject(failure));
  });
  await waitReady;

  const ask = (request: Record<string, unknown>): Promise<Answer> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    if (pending.size === 0) worker.ref();
    return new Promise<Answer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request });
    }).then((a) => {
      if (a.error !== undefined) throw new Error(a.error);
      return a;
    });
  };

  return {
    async exec(messages) {
      return (await ask({ op: 'exec', bytes: messages })).bytes as Uint8Array;
    },
    async dumpDataDir(compression) {
      const { bytes } = await ask({ op: 'dump', compression });
      return new Blob([bytes as ArrayBuffer]);
    },
    async close() {
      if (!failure) await ask({ op: 'close' });
      failure ??= new Error('the embedded database is closed');
      await worker.terminate();
    },
  };
}
