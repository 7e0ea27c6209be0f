import type { Hono } from 'hono';
import { loadConfig, type Config } from '../src/config/index.js';
import type { Db } from '../src/db/connection.js';
import { createApp } from '../src/web/app.js';
import type { AppEnv } from '../src/web/env.js';

export function testConfig(overrides: Record<string, string> = {}): Config {
  // Every test client shares one address, so the per-address limits are raised unless a test sets them.
  return loadConfig({ NODE_ENV: 'test', SIGNIN_RATE_LIMIT: '1000', WRITE_RATE_LIMIT: '1000', ...overrides });
}

export function createTestApp(db: Db, overrides: Record<string, string> = {}, now = () => new Date()) {
  return createApp({ db, config: testConfig(overrides), now });
}

/**
 * Talks to the app as a browser without JavaScript would: keeps cookies, and sends each form with the
 * CSRF token from the last page it read.
 */
export class Client {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(private app: Hono<AppEnv>, private headers: Record<string, string> = {}) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers({ ...this.headers, ...(init.headers as Record<string, string>) });
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.request(`http://localhost${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (!value || attributes.some((a) => /max-age=0/i.test(a.trim()))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** GETs a page and remembers its CSRF token; returns status and HTML. */
  async get(path: string): Promise<{ status: number; html: string; response: Response }> {
    const response = await this.request(path);
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, html, response };
  }

  /** POSTs a form (repeated fields as arrays) with the current CSRF token. */
  async post(path: string, fields: Record<string, string | string[]>, withCsrf = true): Promise<Response> {
    const body = new URLSearchParams();
    if (withCsrf) body.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    return this.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /** Signs in through the development sign-in form, as a person would. */
  async signIn(username: string): Promise<void> {
    await this.get('/signin');
    const response = await this.post('/signin/dev', { username, return: '/' });
    if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}: ${await response.text()}`);
  }
}
