import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR } from './databases.ts';

export interface Child {
  process: ChildProcess;
  pid: number;
  port: number;
  ask<T>(message: object, reply: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Node options for the application server's process alone, from `KHIEN_BENCH_SERVER_NODE_OPTIONS`:
 * e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` profiles the server under the benchmark's load.
 */
const serverNodeOptions = (file: string) =>
  file === 'server-child.ts' ? (process.env.KHIEN_BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean) : [];

/** Starts a TypeScript module of bench/support in its own Node process and waits for 'ready'. */
export async function startChild(file: string, args: string[]): Promise<Child> {
  const cp = fork(join(BENCH_DIR, 'support', file), args, {
    execArgv: ['--import', 'tsx', ...serverNodeOptions(file)],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ port: number }>((resolve, reject) => {
    cp.once('error', reject);
    cp.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    cp.on('message', function onReady(m: { cmd: string; port: number }) {
      if (m.cmd === 'ready') {
        cp.off('message', onReady);
        resolve(m);
      }
    });
  });
  cp.removeAllListeners('exit');
  return {
    process: cp,
    pid: cp.pid!,
    port: ready.port,
    ask<T>(message: object, reply: string) {
      return new Promise<T>((resolve) => {
        const on = (m: { cmd: string }) => {
          if (m.cmd === reply) {
            cp.off('message', on);
            resolve(m as T);
          }
        };
        cp.on('message', on);
        cp.send(message);
      });
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (cp.exitCode !== null) return resolve();
        cp.once('exit', () => resolve());
        cp.send({ cmd: 'stop' });
        setTimeout(() => cp.kill('SIGKILL'), 15_000).unref();
      });
    },
  };
}
