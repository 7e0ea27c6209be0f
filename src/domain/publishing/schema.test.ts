import { describe, expect, it } from 'vitest';
import { apiUrlProblem, credentialsFormSchema, PageTitleSchema } from './schema.js';

describe('the API address', () => {
  it.each([
    ['https://bn.wikipedia.org/w/api.php', false, null],
    ['http://127.0.0.1:8080/api.php', false, null],
    ['https://bn.wikipedia.org/wiki/Main_Page', false, 'sangam-publishing-error-api-url'],
    ['https://bn.wikipedia.org/w/api.php?action=query', false, 'sangam-publishing-error-api-url'],
    ['https://user:pw@bn.wikipedia.org/w/api.php', false, 'sangam-publishing-error-api-url'],
    ['ftp://bn.wikipedia.org/w/api.php', false, 'sangam-publishing-error-api-url'],
    ['not an address', false, 'sangam-publishing-error-api-url'],
    ['https://bn.wikipedia.org/w/api.php', true, null],
    ['http://bn.wikipedia.org/w/api.php', true, 'sangam-publishing-error-api-url-https'],
    ['https://10.0.0.5/w/api.php', true, 'sangam-publishing-error-api-url-https'],
    ['https://localhost/w/api.php', true, 'sangam-publishing-error-api-url-https'],
  ])('%s (https only: %s) → %s', (url, httpsOnly, problem) => {
    expect(apiUrlProblem(url, httpsOnly)).toBe(problem);
  });
});

describe('the account form', () => {
  const schema = credentialsFormSchema({ httpsOnly: false });
  const base = { apiUrl: 'https://bn.wikipedia.org/w/api.php', authKind: 'bot-password', username: 'Rina@Sangam', secret: 'a'.repeat(32) };

  it('takes a bot password with its User@app name, and an OAuth token without a name', () => {
    expect(schema.safeParse(base).success).toBe(true);
    expect(schema.safeParse({ ...base, authKind: 'oauth', username: '', secret: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.x' }).success).toBe(true);
    // Blank: keep the stored secret.
    expect(schema.safeParse({ ...base, secret: '' }).success).toBe(true);
  });

  it('refuses a bot password name without @, a short password and an unknown kind', () => {
    const messages = (input: object) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ ...base, username: 'Rina' })).toEqual(['username: sangam-publishing-error-bot-username']);
    expect(messages({ ...base, secret: 'short' })).toEqual(['secret: sangam-publishing-error-bot-password']);
    expect(messages({ ...base, authKind: 'password' })).toEqual(['authKind: sangam-error-invalid-choice']);
  });
});

describe('the page title', () => {
  it.each([
    ['Wikipedia:Meetup/Lua workshops', 'Wikipedia:Meetup/Lua workshops'],
    ['  Lua_workshops  ', 'Lua workshops'],
    ['উইকিপিডিয়া:কর্মশালা/লুয়া', 'উইকিপিডিয়া:কর্মশালা/লুয়া'],
  ])('accepts %s as %s', (input, title) => {
    expect(PageTitleSchema.parse({ pageTitle: input }).pageTitle).toBe(title);
  });

  it.each([
    ['', 'sangam-error-required'],
    ['Foo[[bar]]', 'sangam-publishing-error-page-title'],
    ['A|B', 'sangam-publishing-error-page-title'],
    [':Main Page', 'sangam-publishing-error-page-title'],
    ['Foo/../Bar', 'sangam-publishing-error-page-title'],
    ['MediaWiki:Common.js', 'sangam-publishing-error-page-namespace'],
    ['Module:Programme', 'sangam-publishing-error-page-namespace'],
    ['User:Rina/common.js', 'sangam-publishing-error-page-namespace'],
    ['x'.repeat(256), 'sangam-error-too-long'],
  ])('refuses %s', (input, message) => {
    expect(PageTitleSchema.safeParse({ pageTitle: input }).error?.issues[0]?.message).toBe(message);
  });
});
