import http from 'node:http';

export interface HttpResponse {
  status: number;
  bytes: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A keep-alive HTTP/1.1 client: one socket per concurrent request, reused between requests. */
export class HttpClient {
  readonly agent: http.Agent;
  constructor(
    readonly port: number,
    maxSockets = 256,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<HttpResponse> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: payload
            ? { ...headers, 'content-type': 'application/json', 'content-length': String(payload.length) }
            : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const buf = Buffer.concat(chunks);
            resolve({
              status: res.statusCode ?? 0,
              bytes: buf.length,
              body: buf.toString('utf8'),
              headers: res.headers,
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface Session {
  username: string;
  personId: string;
  cookie: string;
  csrf: string;
  /** The session secret inside the signed cookie: the direct-SQL side looks it up like the server does. */
  token: string;
  /** An API token made with POST /api/me/tokens, for integrations' requests. */
  apiToken?: string;
}

/** Signs in through the API, as a browser does, and keeps the cookies and the CSRF token. */
export async function login(client: HttpClient, username: string, password: string): Promise<Session> {
  const r = await client.request('POST', '/api/auth/login', {}, { username, password });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.body}`);
  const cookies = ([] as string[]).concat(r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
  const session = cookies.find((c) => c.startsWith('khien_session='))!;
  const signed = decodeURIComponent(session.slice('khien_session='.length));
  const body = JSON.parse(r.body) as { me: { id: string }; csrfToken: string };
  return {
    username,
    personId: body.me.id,
    cookie: cookies.join('; '),
    csrf: body.csrfToken,
    token: signed.slice(0, signed.lastIndexOf('.')),
  };
}

export const authHeaders = (s: Session, write = false, bearer = false): Record<string, string> =>
  bearer
    ? { authorization: `Bearer ${s.apiToken}` }
    : { cookie: s.cookie, ...(write ? { 'x-csrf-token': s.csrf } : {}) };

export async function createApiToken(client: HttpClient, s: Session): Promise<void> {
  const r = await client.request('POST', '/api/me/tokens', authHeaders(s, true), { name: 'benchmark' });
  if (r.status !== 201) throw new Error(`token for ${s.username}: ${r.status} ${r.body}`);
  s.apiToken = (JSON.parse(r.body) as { token: string }).token;
}
