// The addresses of the feeds, in one place so the pages that link to them and the routes that serve them agree.

export const UPCOMING_CALENDAR_PATH = '/feeds/sessions.ics';
export const UPCOMING_ATOM_PATH = '/feeds/sessions.atom';

export const sessionPath = (id: number) => `/sessions/${id}`;
export const sessionCalendarPath = (id: number) => `/sessions/${id}/calendar.ics`;
export const seriesPath = (slug: string) => `/series/${slug}`;
export const seriesCalendarPath = (slug: string) => `/series/${slug}/calendar.ics`;
export const seriesAtomPath = (slug: string) => `/series/${slug}/feed.atom`;
export const seriesSchedulePath = (slug: string) => `/series/${slug}/schedule.json`;
export const communityPath = (slug: string) => `/communities/${slug}`;
export const communityAtomPath = (slug: string) => `/communities/${slug}/feed.atom`;
export const personalCalendarPath = (token: string) => `/feeds/me/${token}.ics`;

/** The same address for calendar programs that subscribe through the webcal: scheme. */
export const webcalUrl = (absoluteUrl: string) => absoluteUrl.replace(/^https?:/, 'webcal:');
