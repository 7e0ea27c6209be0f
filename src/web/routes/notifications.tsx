import { Hono } from 'hono';
import { getEmailSettings, listNotifications } from '../../domain/notifications/data.js';
import { markAllRead, markRead, setEmailNotifications } from '../../domain/notifications/mutations.js';
import { EmailPreferenceSchema, MarkReadSchema, NotificationsQuerySchema } from '../../domain/notifications/schema.js';
import { assertSignedIn } from '../../domain/people/policy.js';
import { getSkillTree } from '../../domain/skills/data.js';
import { validate } from '../../domain/validation.js';
import { NotFoundError } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { field, formBody } from '../forms.js';
import { presentNotification } from '../presenters/notifications.js';
import { viewerTimeZone } from '../request.js';
import { flash, pageContext, render } from '../render.js';
import { NotificationsPage } from '../views/notifications.js';

/** Notifications are only ever the signed-in person's own, so being signed in is the check. */
function me(c: AppContext): number {
  const viewer = c.get('viewer');
  assertSignedIn(viewer);
  return viewer.id;
}

export const notificationRoutes = new Hono<AppEnv>()
  .get('/notifications', async (c) => {
    const id = me(c);
    const { before } = validate(NotificationsQuerySchema, { before: c.req.query('before') || undefined });
    const { db } = c.get('deps');
    const [page, email, skills, zone] = await Promise.all([
      listNotifications(db, id, { before }), getEmailSettings(db, id), getSkillTree(db, c.get('tr').lang), viewerTimeZone(c, 'UTC'),
    ]);
    const ctx = await pageContext(c, { forms: true });
    const view = (
      <NotificationsPage
        ctx={ctx}
        items={page.items.map((n) => presentNotification(ctx, n, skills, zone))}
        olderHref={page.olderBefore === null ? null : `/notifications?before=${page.olderBefore}`}
        newestHref={before === undefined ? null : '/notifications'}
        email={email ?? { enabled: false, hasAddress: false }}
      />
    );
    return render(c, ctx, ctx.t('sangam-notifications-title'), view);
  })
  .post('/notifications/read-all', async (c) => {
    const { db, now } = c.get('deps');
    await markAllRead(db, me(c), now());
    await flash(c, 'success', 'sangam-notifications-marked-all');
    return c.redirect('/notifications', 303);
  })
  .post('/notifications/read', async (c) => {
    const personId = me(c);
    const { id } = validate(MarkReadSchema, { id: field(await formBody(c), 'id') });
    const { db, now } = c.get('deps');
    // Someone else's notification answers exactly as a missing one does.
    if (!(await markRead(db, personId, id, now()))) throw new NotFoundError();
    await flash(c, 'success', 'sangam-notifications-marked');
    return c.redirect('/notifications', 303);
  })
  .post('/notifications/email', async (c) => {
    const personId = me(c);
    const { email } = validate(EmailPreferenceSchema, { email: field(await formBody(c), 'email') });
    await setEmailNotifications(c.get('deps').db, personId, email);
    await flash(c, 'success', email ? 'sangam-notifications-email-on' : 'sangam-notifications-email-off');
    return c.redirect('/notifications', 303);
  });
