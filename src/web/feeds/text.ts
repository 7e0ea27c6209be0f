import type { FeedSession } from '../../domain/feeds/types.js';
import { autonym } from '../../i18n/languages.js';
import { describeInZone } from './local-time.js';

// Feeds are machine formats read in many languages' calendar and feed programs, so their few labels are in
// English; names of languages are given in their own script, as the language selector shows them.

export const languageLabel = (code: string) => {
  const name = autonym(code);
  return name === code ? code : `${name} (${code})`;
};

/** Lines about a session that every human-readable feed field shares; never the online link. */
export function sessionFacts(session: FeedSession, options: { times: boolean }): string[] {
  const lines = [`${session.series.title} · ${session.community.name}`];
  if (session.status === 'cancelled') lines.push('CANCELLED');
  if (options.times) {
    const utc = session.startsAt.toISOString().slice(0, 16).replace('T', ' ');
    lines.push(`${utc} UTC · ${describeInZone(session.startsAt, session.series.homeZone)}`, `Duration: ${session.durationMinutes} minutes`);
  }
  lines.push(`Language: ${languageLabel(session.language)}`);
  if (session.interpretationLanguages.length) lines.push(`Interpretation: ${session.interpretationLanguages.map(languageLabel).join(', ')}`);
  if (session.facilitators.length) lines.push(`Facilitators: ${session.facilitators.map((f) => f.displayName).join(', ')}`);
  if (session.materialsUrl) lines.push(`Materials: ${session.materialsUrl}`);
  if (session.recordingUrl) lines.push(`Recording: ${session.recordingUrl}`);
  return lines;
}
