import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { serialize } from 'pg-protocol';
import type { BackendMessage } from 'pg-protocol/dist/messages.js';
import { Parser } from 'pg-protocol/dist/parser.js';
import type { EmbeddedDatabase } from './pglite-thread.ts';

/**
 * What `pg`'s client talks to instead of a socket, for the embedded database: the methods of pg's
 * own `Connection`, each serialising one protocol message, and the backend's messages emitted as
 * its parser would. Modelled on PGlite's node-postgres adapter, with one difference that matters
 * once the database is on another thread: the messages the client sends in one turn of the event
 * loop (a parameterised statement is five: parse, bind, describe, execute, sync) go over together,
 * one round trip instead of five.
 */
export class EmbeddedConnection extends EventEmitter {
  _connecting = false;
  stream = { destroy: () => this.end() };
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};
  private chain: Promise<unknown> = Promise.resolve();
  private outgoing: Uint8Array[] = [];
  private listening = false;

  constructor(private readonly db: EmbeddedDatabase) {
    super();
    this.on('newListener', (event) => {
      if (event === 'message') this.listening = true;
    });
  }

  connect(): void {
    this._connecting = true;
    process.nextTick(() => this.emit('readyForQuery'));
  }
  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}
  sendSASLInitialResponseMessage(mechanism: string, response: string): void {
    this.send(serialize.sendSASLInitialResponseMessage(mechanism, response));
  }
  sendSCRAMClientFinalMessage(data: string): void {
    this.send(serialize.sendSCRAMClientFinalMessage(data));
  }
  query(text: string): void {
    this.send(serialize.query(text));
  }
  parse(q: Parameters<typeof serialize.parse>[0]): void {
    this.send(serialize.parse(q));
  }
  bind(config: Parameters<typeof serialize.bind>[0]): void {
    this.send(serialize.bind(config));
  }
  execute(config: Parameters<typeof serialize.execute>[0]): void {
    this.send(serialize.execute(config));
  }
  describe(msg: Parameters<typeof serialize.describe>[0]): void {
    this.send(serialize.describe(msg));
  }
  close(msg: Parameters<typeof serialize.close>[0]): void {
    this.send(serialize.close(msg));
  }
  flush(): void {
    this.send(serialize.flush());
  }
  sync(): void {
    this.send(serialize.sync());
  }
  sendCopyFromChunk(chunk: Buffer): void {
    this.send(serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.send(serialize.copyDone());
  }
  sendCopyFail(message: string): void {
    this.send(serialize.copyFail(message));
  }
  end(): void {
    this.chain = this.chain.then(() => this.emit('end'));
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.listening = false;
  }

  /** Collects a message; what was collected in this turn is sent at its end, in order. */
  private send(message: Uint8Array): void {
    this.outgoing.push(message);
    if (this.outgoing.length === 1) process.nextTick(() => this.dispatch());
  }

  private dispatch(): void {
    const batch = Buffer.concat(this.outgoing);
    this.outgoing = [];
    this.chain = this.chain
      .then(() => this.db.exec(batch))
      .then((answer) => {
        const messages: BackendMessage[] = [];
        new Parser().parse(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength), (m) => messages.push(m));
        for (const m of messages) {
          if (this.listening) this.emit('message', m);
          this.emit(m.name === 'error' ? 'errorMessage' : m.name, m);
        }
      })
      .catch((error) => this.emit('error', error));
  }
}

/** The pool's settings for the embedded database: one connection, which is never reopened. */
export function embeddedPoolConfig(db: EmbeddedDatabase): pg.PoolConfig {
  return {
    max: 1,
    user: 'postgres',
    password: 'dummy',
    database: 'postgres',
    host: 'localhost',
    port: 5432,
    // `pg` takes a ready-made connection in place of a socket (as PGlite's own adapter does).
    ...({ connection: new EmbeddedConnection(db) } as object),
  };
}
