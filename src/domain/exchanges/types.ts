/** Where an exchange stands; 'done' and 'cancelled' end it. */
export const EXCHANGE_STATUSES = ['proposed', 'agreed', 'done', 'cancelled'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

/**
 * One group offering a skill to another: a lighter record than a mentorship. Groups are names as typed
 * until communities exist as entities of their own.
 */
export interface GroupExchange {
  id: number;
  offeringGroup: string;
  receivingGroup: string;
  skillId: number;
  /** A calendar date, 'YYYY-MM-DD'. */
  startsOn: string | null;
  description: string;
  status: ExchangeStatus;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
}
