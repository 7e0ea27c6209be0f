import type { SeriesCadence, SeriesScope } from '../../db/schema.js';
import type { SkillTree } from '../../domain/skills/types.js';
import type { PersonRef, Series, SeriesSummary, Session, SessionListItem } from '../../domain/workshops/types.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { languageName, momentIn } from './names.js';
import { profileHref } from './people.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const SCOPE_KEYS: Record<SeriesScope, MessageKey> = {
  local: 'sangam-series-scope-local', regional: 'sangam-series-scope-regional', global: 'sangam-series-scope-global',
};
export const CADENCE_KEYS: Record<SeriesCadence, MessageKey> = {
  monthly: 'sangam-series-cadence-monthly', 'ad-hoc': 'sangam-series-cadence-ad-hoc',
};
export const WEEK_KEYS: Record<string, MessageKey> = {
  '1': 'sangam-series-week-1', '2': 'sangam-series-week-2', '3': 'sangam-series-week-3', '4': 'sangam-series-week-4', '-1': 'sangam-series-week-last',
};

/** A weekday's name in the interface language (0 = Monday). */
export function weekdayName(lang: string, weekday: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}

export function personLink(p: PersonRef): { href: string; name: string } {
  return { href: profileHref(p.username), name: p.displayName || p.username };
}

export function languageList(codes: string[]): { code: string; name: string }[] {
  return codes.map((code) => ({ code, name: languageName(code) }));
}

/** "Monthly: the second Saturday at 15:00 (Asia/Kolkata)" or "When announced". */
export function cadenceText(tr: Translator, series: Pick<Series, 'cadence' | 'rule' | 'homeZone'>): string {
  if (!series.rule) return tr.t('sangam-series-cadence-ad-hoc');
  return tr.t('sangam-series-cadence-rule', tr.t(WEEK_KEYS[String(series.rule.week)]!), weekdayName(tr.lang, series.rule.weekday), series.rule.time, series.homeZone);
}

export interface SeriesSummaryView {
  href: string; title: string; community: string; scope: string; cadence: string; languages: { code: string; name: string }[]; next: string | null;
}

export function presentSeriesSummary(tr: Translator, s: SeriesSummary, zone: string | null): SeriesSummaryView {
  return {
    href: `/series/${s.slug}`, title: s.title, community: s.communityName, scope: tr.t(SCOPE_KEYS[s.scope]),
    cadence: cadenceText(tr, s), languages: languageList(s.languages),
    next: s.nextSessionAt ? momentIn(tr.lang, zone ?? s.homeZone, s.nextSessionAt) : null,
  };
}

export interface SessionListView {
  href: string; title: string; when: string; minutes: number; language: { code: string; name: string };
  interpretation: { code: string; name: string }[]; series: { href: string; title: string }; placesLeft: number; skills: string[];
}

export function presentSessionListItem(tr: Translator, tree: SkillTree, s: SessionListItem, zone: string): SessionListView {
  return {
    href: `/sessions/${s.id}`, title: s.title, when: momentIn(tr.lang, zone, s.startsAt), minutes: s.durationMinutes,
    language: { code: s.language, name: languageName(s.language) }, interpretation: languageList(s.interpretationLanguages),
    series: { href: `/series/${s.seriesSlug}`, title: s.seriesTitle }, placesLeft: Math.max(0, s.capacity - s.registered),
    skills: s.skillIds.map((id) => tree.byId.get(id)?.label).filter((l): l is string => !!l),
  };
}

export interface SessionView {
  id: number; href: string; title: string; description: string;
  series: { href: string; title: string; community: string };
  /** In the viewer's zone, and in the session's own zone when that differs. */
  when: string | null; whenThere: string | null; minutes: number;
  language: { code: string; name: string }; interpretation: { code: string; name: string }[];
  capacity: number; registered: number; waitlisted: number; cancelled: boolean; ended: boolean;
  facilitators: { href: string; name: string }[]; skills: { href: string; label: string }[];
  materialsUrl: string; recordingUrl: string; proposalHref: string | null;
}

export function presentSession(tr: Translator, tree: SkillTree, s: Session, zone: string, now: Date): SessionView {
  return {
    id: s.id, href: `/sessions/${s.id}`, title: s.title, description: s.description,
    series: { href: `/series/${s.series.slug}`, title: s.series.title, community: s.series.communityName },
    when: s.startsAt ? momentIn(tr.lang, zone, s.startsAt) : null,
    whenThere: s.startsAt && zone !== s.timeZone ? momentIn(tr.lang, s.timeZone, s.startsAt) : null,
    minutes: s.durationMinutes, language: { code: s.language, name: languageName(s.language) },
    interpretation: languageList(s.interpretationLanguages), capacity: s.capacity, registered: s.registered, waitlisted: s.waitlisted,
    cancelled: s.status === 'cancelled',
    ended: !!s.startsAt && s.startsAt.getTime() + s.durationMinutes * 60_000 <= now.getTime(),
    facilitators: s.facilitators.map(personLink),
    skills: s.skillIds.map((id) => tree.byId.get(id)).filter((k) => !!k).map((k) => ({ href: `/skills/${k!.slug}`, label: k!.label })),
    materialsUrl: s.materialsUrl, recordingUrl: s.recordingUrl, proposalHref: s.proposalId ? `/proposals/${s.proposalId}` : null,
  };
}
