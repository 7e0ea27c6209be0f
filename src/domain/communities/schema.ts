import { z } from 'zod';
import { CHANNEL_KINDS, COMMUNITY_KINDS, type ChannelKind } from './types.js';

// Messages are message keys, so the route can show them in the user's language.

export const MAX_COMMUNITY_WIKIS = 80;
export const MAX_COMMUNITY_LANGUAGES = 40;
export const MAX_COMMUNITY_COUNTRIES = 40;
export const MAX_CHANNELS = 12;

/** Slugs that are paths of their own under /communities. */
const RESERVED_SLUGS = new Set(['new']);

/** Runs of spaces and line breaks in a name become one space. */
const oneLine = (max: number) => z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v),
  z.string().min(1, { message: 'sangam-error-required' }).max(max, { message: 'sangam-error-too-long' }),
);

/** A list typed as lines or commas ("hi, bn" or one wiki per line), blanks and repeats dropped. */
const list = (max: number) => z.string().max(8000, { message: 'sangam-error-too-long' })
  .transform((v) => [...new Set(v.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean))])
  .refine((items) => items.length <= max, { message: 'sangam-error-too-many' });

export const CommunityFormSchema = z.object({
  name: oneLine(120).refine((v) => v.length >= 2, { message: 'sangam-community-error-name-short' }),
  slug: z.string().trim().toLowerCase()
    .min(1, { message: 'sangam-error-required' })
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, { message: 'sangam-community-error-slug' })
    .refine((v) => !RESERVED_SLUGS.has(v), { message: 'sangam-community-error-slug-taken' }),
  kind: z.enum(COMMUNITY_KINDS, { message: 'sangam-error-invalid-choice' }),
  description: z.string().trim().max(4000, { message: 'sangam-error-too-long' }),
  wikis: list(MAX_COMMUNITY_WIKIS),
  languages: list(MAX_COMMUNITY_LANGUAGES),
  countries: list(MAX_COMMUNITY_COUNTRIES),
});
export type CommunityInput = z.infer<typeof CommunityFormSchema>;

/** A public web address; no credentials, a host with a dot, nothing but http(s). */
export function webUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || !url.hostname.includes('.')) return null;
  return url;
}

const EMAIL = /^[^@\s/:]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const TELEGRAM_HANDLE = /^@?([a-z][a-z0-9_]{4,31})$/i;
const IRC_CHANNEL = /^#([^\s,:#/]{1,49})$/;
const MATRIX_ROOM = /^[#!][^\s:]{1,100}:[a-z0-9.-]+\.[a-z]{2,}$/i;

/**
 * The address a channel is stored as, from what people usually write for that kind of channel: a list's
 * address or archive page, "@handle" or a t.me link, "#channel" (on Libera.Chat, where Wikimedia's IRC
 * channels live) or an irc:// address, "#room:server" for Matrix, a wiki page's address. Null when the
 * value is not a sensible address for the kind. Wiki pages are checked against the site matrix later.
 */
export function normalizeChannel(kind: ChannelKind, input: string): string | null {
  const value = input.trim();
  switch (kind) {
    case 'mailing-list':
      if (EMAIL.test(value)) return `mailto:${value}`;
      if (/^mailto:/i.test(value) && EMAIL.test(value.slice(7))) return `mailto:${value.slice(7)}`;
      return webUrl(value)?.href ?? null;
    case 'telegram': {
      const handle = TELEGRAM_HANDLE.exec(value);
      if (handle && (value.startsWith('@') || !value.includes('.'))) return `https://t.me/${handle[1]}`;
      const url = webUrl(value);
      return url && ['t.me', 'telegram.me'].includes(url.hostname) && url.pathname.length > 1 ? url.href : null;
    }
    case 'irc': {
      const channel = IRC_CHANNEL.exec(value);
      if (channel) return `ircs://irc.libera.chat/${encodeURIComponent(`#${channel[1]}`)}`;
      if (!/^ircs?:\/\//i.test(value)) return null;
      try {
        const url = new URL(value);
        return url.hostname.includes('.') && !url.username && !url.password ? url.href : null;
      } catch {
        return null;
      }
    }
    case 'matrix':
      if (MATRIX_ROOM.test(value)) return `https://matrix.to/#/${value}`;
      return webUrl(value)?.href ?? null;
    case 'wiki-page':
    case 'other':
      return webUrl(value)?.href ?? null;
  }
}

export const ChannelFormSchema = z.object({
  kind: z.enum(CHANNEL_KINDS, { message: 'sangam-error-invalid-choice' }),
  label: oneLine(80).or(z.literal('').transform(() => '')),
  address: z.string().trim().min(1, { message: 'sangam-error-required' }).max(300, { message: 'sangam-error-too-long' }),
}).transform((input, ctx) => {
  const url = normalizeChannel(input.kind, input.address);
  if (!url) {
    ctx.addIssue({ code: 'custom', path: ['address'], message: 'sangam-community-error-channel' });
    return z.NEVER;
  }
  return { kind: input.kind, label: input.label, url };
});
export type ChannelInput = z.infer<typeof ChannelFormSchema>;

/** The list's filters, from the query string; an unknown kind or region is a 400, as any bad input is. */
export const CommunityListQuerySchema = z.object({
  q: z.string().trim().max(100, { message: 'sangam-error-too-long' }).default(''),
  kind: z.enum(['', ...COMMUNITY_KINDS], { message: 'sangam-error-invalid-choice' }).default(''),
  region: z.enum(['', 'CEECA', 'ESEAP', 'LAC', 'MENA', 'NA', 'NWE', 'SA', 'SSA'], { message: 'sangam-error-invalid-choice' }).default(''),
  lang: z.string().trim().max(40, { message: 'sangam-error-invalid-choice' }).default(''),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type CommunityListQuery = z.infer<typeof CommunityListQuerySchema>;
