import { CONTACT_KINDS } from '../people/types.js';
import type { VisibleMember } from './types.js';

// One row per member the exporter may see: username, then one column per kind of channel, several values
// of a kind separated by a space. Only what visibleMembers returned (chosen for the list and visible).

/**
 * A spreadsheet must not read a cell as a formula (CSV injection): such cells get a leading apostrophe.
 * Telegram and Matrix handles begin with '@' and must stay usable, so '@' counts only before a call.
 */
function cell(value: string): string {
  const safe = /^[=+\-\t\r]|^@.*[(!]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function membersCsv(members: VisibleMember[]): string {
  const lines = [['username', ...CONTACT_KINDS].join(',')];
  for (const m of members) {
    lines.push([m.username, ...CONTACT_KINDS.map((kind) => m.channels.filter((c) => c.kind === kind).map((c) => c.value).join(' '))].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
