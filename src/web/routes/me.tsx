import { Hono } from 'hono';
import { z } from 'zod';
import { exportCommunityMemberships } from '../../domain/communities/data.js';
import { exportInterestMemberships } from '../../domain/interests/data.js';
import { exportMentorship } from '../../domain/mentorship/data.js';
import { exportNotifications } from '../../domain/notifications/data.js';
import { exportProposals } from '../../domain/proposals/data.js';
import { getProfile } from '../../domain/people/data.js';
import { exportConfirmations } from '../../domain/recruitment/data.js';
import { exportWorkshops } from '../../domain/workshops/data.js';
import { addOffer, addPersonSkill, deletePerson, exportPerson, removeOffer, removePersonSkill, updateAbout, updatePlace } from '../../domain/people/mutations.js';
import { assertSignedIn } from '../../domain/people/policy.js';
import {
  AboutFormSchema, MAX_CONTACT_ROWS, MAX_LANGUAGE_ROWS, MAX_WIKI_ROWS, OfferSchema, PlaceFormSchema, SkillEntrySchema,
} from '../../domain/people/schema.js';
import { SECTIONS, type Profile } from '../../domain/people/types.js';
import { listCountries } from '../../domain/places/data.js';
import { timeZoneChoices } from '../../domain/places/time-zones.js';
import { getSkillTree } from '../../domain/skills/data.js';
import { RowId, validate } from '../../domain/validation.js';
import { AppError, ValidationError, type FieldErrors } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { attempt, field, fields, formBody, type FormBody } from '../forms.js';
import { countryName } from '../presenters/names.js';
import { profileHref } from '../presenters/people.js';
import { flash, pageContext, render } from '../render.js';
import { AboutForm, DeletePage, MyProfilePage, MySkillsPage, PlaceForm, type AboutFormValues, type PlaceFormValues } from '../views/me.js';

/** The signed-in person's id; the policy check every /me route starts with. */
function me(c: AppContext): number {
  const viewer = c.get('viewer');
  assertSignedIn(viewer);
  return viewer.id;
}

async function myProfile(c: AppContext): Promise<Profile> {
  const profile = await getProfile(c.get('deps').db, { id: me(c) });
  if (!profile) throw new AppError('no-profile', 404, 'sangam-error-not-found');
  return profile;
}

const padRows = <T,>(rows: T[], blank: T, max: number, spare = 2) =>
  [...rows, ...Array.from({ length: Math.max(0, Math.min(max, rows.length + spare) - rows.length) }, () => blank)];

function aboutValuesFromProfile(p: Profile): AboutFormValues {
  return {
    displayName: p.displayName, bio: p.bio, affiliations: p.affiliations.join('\n'),
    languages: padRows(p.languages.map((l) => ({ code: l.code, level: String(l.level) })), { code: '', level: '3' }, MAX_LANGUAGE_ROWS),
    wikis: padRows(p.wikis.map((w) => w.dbname), '', MAX_WIKI_ROWS),
    contacts: padRows(p.contacts.map((c) => ({ kind: c.kind, value: c.value })), { kind: 'talk', value: '' }, MAX_CONTACT_ROWS),
    visibility: p.visibility,
  };
}

function aboutValuesFromForm(body: FormBody): AboutFormValues {
  const codes = fields(body, 'langCode');
  const levels = fields(body, 'langLevel');
  const kinds = fields(body, 'contactKind');
  const values = fields(body, 'contactValue');
  return {
    displayName: field(body, 'displayName'), bio: field(body, 'bio'), affiliations: field(body, 'affiliations'),
    languages: codes.map((code, i) => ({ code, level: levels[i] ?? '' })),
    wikis: fields(body, 'wiki'),
    contacts: kinds.map((kind, i) => ({ kind, value: values[i] ?? '' })),
    visibility: Object.fromEntries(SECTIONS.map((s) => [s, field(body, `vis-${s}`)])) as AboutFormValues['visibility'],
  };
}

async function showAbout(c: AppContext, values: AboutFormValues, errors?: FieldErrors) {
  const ctx = await pageContext(c, { forms: true });
  return render(c, ctx, ctx.t('sangam-me-about-title'), <AboutForm ctx={ctx} values={values} errors={errors} />, errors ? 400 : 200);
}

async function showPlace(c: AppContext, values: PlaceFormValues, errors?: FieldErrors) {
  const ctx = await pageContext(c, { forms: true });
  const countries = (await listCountries(c.get('deps').db))
    .map((country) => ({ code: country.code, name: countryName(ctx.lang, country.code) }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.lang));
  const page = <PlaceForm ctx={ctx} values={values} errors={errors} countries={countries} timeZones={timeZoneChoices(values.timeZone)} />;
  return render(c, ctx, ctx.t('sangam-me-place-title'), page, errors ? 400 : 200);
}

const EMPTY_SKILL_FORM = { skill: '', kind: 'share', level: '3', offerKind: 'guidance', offerSkill: '', description: '' };

async function showSkills(c: AppContext, values = EMPTY_SKILL_FORM, errors?: FieldErrors) {
  const profile = await myProfile(c);
  const tree = await getSkillTree(c.get('deps').db, c.get('tr').lang);
  const ctx = await pageContext(c, { forms: true });
  const rows = profile.skills.filter((s) => tree.byId.has(s.skillId))
    .map((s) => ({ skillId: s.skillId, label: tree.byId.get(s.skillId)!.label, kind: s.kind, level: s.level }));
  const offers = profile.offers.map((o) => ({ id: o.id, kind: o.kind, description: o.description, skill: o.skillId ? tree.byId.get(o.skillId)?.label ?? null : null }));
  const page = <MySkillsPage ctx={ctx} skills={tree.skills} rows={rows} offers={offers} values={values} errors={errors} />;
  return render(c, ctx, ctx.t('sangam-me-skills-title'), page, errors ? 400 : 200);
}

export const meRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const profile = await myProfile(c);
    const ctx = await pageContext(c);
    const counts = { skills: profile.skills.length, languages: profile.languages.length, hours: profile.availabilityLocal.length };
    return render(c, ctx, ctx.t('sangam-me-title'), <MyProfilePage ctx={ctx} profileHref={profileHref(profile.username)} counts={counts} />);
  })
  .get('/me/about', async (c) => showAbout(c, aboutValuesFromProfile(await myProfile(c))))
  .post('/me/about', async (c) => {
    const id = me(c);
    const body = await formBody(c);
    const values = aboutValuesFromForm(body);
    const failed = await attempt(async () => {
      const input = validate(AboutFormSchema, {
        displayName: values.displayName, bio: values.bio,
        affiliations: values.affiliations.split('\n').map((a) => a.trim()).filter(Boolean),
        languages: values.languages.map((l) => ({ code: l.code, level: l.level || '3' })),
        wikis: values.wikis, contacts: values.contacts, visibility: values.visibility,
      });
      await updateAbout(c.get('deps').db, id, input, c.get('deps').now());
    }, (errors) => showAbout(c, values, errors));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect('/me', 303);
  })
  .get('/me/place', async (c) => {
    const p = await myProfile(c);
    return showPlace(c, { country: p.country ?? '', timeZone: p.timeZone ?? '', availability: new Set(p.availabilityLocal) });
  })
  .post('/me/place', async (c) => {
    const id = me(c);
    const body = await formBody(c);
    const raw = { country: field(body, 'country'), timeZone: field(body, 'timeZone'), availability: fields(body, 'a') };
    const values = { country: raw.country, timeZone: raw.timeZone, availability: new Set(raw.availability.map(Number)) };
    const failed = await attempt(async () => {
      await updatePlace(c.get('deps').db, id, validate(PlaceFormSchema, raw), c.get('deps').now());
    }, (errors) => showPlace(c, values, errors));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect('/me', 303);
  })
  .get('/me/skills', (c) => showSkills(c))
  .post('/me/skills', async (c) => {
    const id = me(c);
    const body = await formBody(c);
    const values = { ...EMPTY_SKILL_FORM, skill: field(body, 'skill'), kind: field(body, 'kind'), level: field(body, 'level') };
    const failed = await attempt(
      () => addPersonSkill(c.get('deps').db, id, validate(SkillEntrySchema, values)),
      (errors) => showSkills(c, values, errors),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect('/me/skills', 303);
  })
  .post('/me/skills/remove', async (c) => {
    const id = me(c);
    const body = await formBody(c);
    const { skill: skillId } = validate(z.object({ skill: RowId }), { skill: field(body, 'skill') });
    await removePersonSkill(c.get('deps').db, id, skillId, field(body, 'kind'));
    await flash(c, 'success', 'sangam-removed');
    return c.redirect('/me/skills', 303);
  })
  .post('/me/offers', async (c) => {
    const id = me(c);
    const body = await formBody(c);
    const values = { ...EMPTY_SKILL_FORM, offerKind: field(body, 'offerKind'), offerSkill: field(body, 'offerSkill'), description: field(body, 'description') };
    const failed = await attempt(
      () => addOffer(c.get('deps').db, id, validate(OfferSchema, { kind: values.offerKind, skill: values.offerSkill, description: values.description })),
      (errors) => showSkills(c, values, errors),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect('/me/skills', 303);
  })
  .post('/me/offers/remove', async (c) => {
    const id = me(c);
    const { offer: offerId } = validate(z.object({ offer: RowId }), { offer: field(await formBody(c), 'offer') });
    await removeOffer(c.get('deps').db, id, offerId);
    await flash(c, 'success', 'sangam-removed');
    return c.redirect('/me/skills', 303);
  })
  .get('/me/export', async (c) => {
    const id = me(c);
    const { db } = c.get('deps');
    const [person, mentorship, notifications, communities, interestLists, applicationsJoined, workshops, proposals] = await Promise.all([
      exportPerson(db, id), exportMentorship(db, id), exportNotifications(db, id),
      exportCommunityMemberships(db, id), exportInterestMemberships(db, id), exportConfirmations(db, id),
      exportWorkshops(db, id), exportProposals(db, id),
    ]);
    const data = { ...person, mentorship, notifications, communities, interestLists, applicationsJoined, workshops, proposals };
    c.header('Content-Disposition', 'attachment; filename="sangam-my-data.json"');
    return c.json(data);
  })
  .get('/me/delete', async (c) => {
    const profile = await myProfile(c);
    const ctx = await pageContext(c, { forms: true });
    return render(c, ctx, ctx.t('sangam-delete-title'), <DeletePage ctx={ctx} username={profile.username} />);
  })
  .post('/me/delete', async (c) => {
    const id = me(c);
    if (field(await formBody(c), 'confirm') !== 'yes') throw new ValidationError({ confirm: { key: 'sangam-error-delete-confirm' } });
    await deletePerson(c.get('deps').db, id);
    await c.get('startSession')(null);
    await flash(c, 'success', 'sangam-delete-done');
    return c.redirect('/', 303);
  });
