// The console's calls to /office/api. Every change carries the session's CSRF token in a header,
// which a page of another site cannot set (and the cookie is SameSite=Strict besides).
import { signal } from './signal';

export interface User {
  login: string;
  name: string;
  role: 'administrator' | 'team_leader';
  tenantName: string;
}

export interface Session {
  user: User;
  csrf: string;
}

export const session = signal<Session | null | undefined>(undefined);

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    public retryAfter: number,
  ) {
    super(code);
  }
}

export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method === 'POST') {
    headers['Content-Type'] = 'application/json';
    const s = session.get();
    if (s) headers['X-CSRF-Token'] = s.csrf;
  }
  const r = await fetch(`/office/api/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await r.text();
  const json = text ? JSON.parse(text) : {};
  if (!r.ok) throw new ApiError(r.status, json.error ?? 'error', Number(r.headers.get('Retry-After') ?? 0));
  return json as T;
}

export async function loadSession() {
  try {
    session.set(await call<Session>('GET', 'session'));
  } catch {
    session.set(null);
  }
}
