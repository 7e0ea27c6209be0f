import { canEditExchange } from '../../domain/exchanges/policy.js';
import type { ExchangeStatus, GroupExchange } from '../../domain/exchanges/types.js';
import type { Viewer } from '../../domain/people/types.js';
import type { SkillTree } from '../../domain/skills/types.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { dateFormat } from './names.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const EXCHANGE_STATUS_KEYS: Record<ExchangeStatus, MessageKey> = {
  proposed: 'sangam-exchange-status-proposed', agreed: 'sangam-exchange-status-agreed',
  done: 'sangam-exchange-status-done', cancelled: 'sangam-exchange-status-cancelled',
};

/** How much of a description the list shows; the whole text is on the exchange's own page. */
const EXCERPT_LENGTH = 240;

export interface ExchangeView {
  id: number;
  href: string;
  editHref: string;
  offering: string;
  receiving: string;
  skill: { slug: string; label: string } | null;
  /** The start date in the interface language, or null when none is set. */
  startsOn: string | null;
  status: ExchangeStatus;
  statusLabel: string;
  description: string;
  recordedOn: string;
  canEdit: boolean;
}


/** A 'YYYY-MM-DD' calendar date in the interface language ("1 March 2027", "1 de marzo de 2027"). */
export function formatCalendarDate(lang: string, date: string): string {
  return dateFormat(lang, 'long').format(new Date(`${date}T00:00:00Z`));
}

function excerpt(text: string): string {
  const chars = [...text];
  if (chars.length <= EXCERPT_LENGTH) return text;
  const cut = chars.slice(0, EXCERPT_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function presentExchange(
  exchange: GroupExchange, tree: SkillTree, tr: Translator, viewer: Viewer | null, options: { excerpt?: boolean } = {},
): ExchangeView {
  const skill = tree.byId.get(exchange.skillId);
  return {
    id: exchange.id,
    href: `/exchanges/${exchange.id}`,
    editHref: `/exchanges/${exchange.id}/edit`,
    offering: exchange.offeringGroup,
    receiving: exchange.receivingGroup,
    skill: skill ? { slug: skill.slug, label: skill.label } : null,
    startsOn: exchange.startsOn ? formatCalendarDate(tr.lang, exchange.startsOn) : null,
    status: exchange.status,
    statusLabel: tr.t(EXCHANGE_STATUS_KEYS[exchange.status]),
    description: options.excerpt ? excerpt(exchange.description) : exchange.description,
    recordedOn: dateFormat(tr.lang, 'long').format(exchange.createdAt),
    canEdit: canEditExchange(viewer, exchange),
  };
}
