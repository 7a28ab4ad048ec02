import { PASSWORD } from './harness.ts';

/** A signed-in person talking to the API directly, to set up a case before a browser journey. */
export class ApiSession {
  private cookies = new Map<string, string>();
  private csrf = '';
  me: { id: string; fullName: string } = { id: '', fullName: '' };

  private constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string): Promise<ApiSession> {
    const s = new ApiSession(baseUrl);
    const body = (await s.call('POST', '/api/auth/login', { username, password: PASSWORD })) as {
      me: { id: string; fullName: string };
      csrfToken: string;
    };
    s.csrf = body.csrfToken;
    s.me = body.me;
    return s;
  }

  async call(method: string, path: string, body?: unknown, ifMatch?: number): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  async act(code: string, action: string, body: unknown = {}): Promise<{ version: number; state: string }> {
    const c = (await this.call('GET', `/api/cases/${code}`)) as { version: number };
    return (await this.call('POST', `/api/cases/${code}/actions/${action.replace(/_/g, '-')}`, body, c.version)) as {
      version: number;
      state: string;
    };
  }

  async getCase(code: string): Promise<{ version: number; state: string; allowedActions: string[] }> {
    return (await this.call('GET', `/api/cases/${code}`)) as {
      version: number;
      state: string;
      allowedActions: string[];
    };
  }

  async findPerson(username: string, fullName: string): Promise<string> {
    const r = (await this.call('GET', `/api/people?q=${encodeURIComponent(fullName)}`)) as {
      items: { id: string; fullName: string }[];
    };
    const p = r.items.find((x) => x.fullName === fullName);
    if (!p) throw new Error(`no person ${username}`);
    return p.id;
  }
}

export function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}
