import type { FieldErrors } from '../../errors.js';
import { CONTACT_KINDS, LANGUAGE_LEVELS, SECTIONS, SKILL_LEVELS, VISIBILITIES, type Section } from '../../domain/people/types.js';
import type { Skill } from '../../domain/skills/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { KIND_KEYS, LANGUAGE_LEVEL_KEYS, SKILL_LEVEL_KEYS, VISIBILITY_KEYS } from '../presenters/names.js';
import { ErrorSummary, FieldError, invalid } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';
import { CONTACT_KEYS, DAYS, SkillField, SkillOptions } from './people.js';

const SECTION_KEYS: Record<Section, MessageKey> = {
  about: 'sangam-section-about', languages: 'sangam-section-languages', location: 'sangam-section-location',
  availability: 'sangam-section-availability', skills: 'sangam-section-skills', contact: 'sangam-section-contact',
};

export function MyProfilePage({ ctx, profileHref, counts }: {
  ctx: PageContext; profileHref: string; counts: { skills: number; languages: number; hours: number };
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-me-title')}</h1>
      <p><a href={profileHref}>{t('sangam-me-view-public')}</a></p>
      <div class="grid">
        <section class="card">
          <h2>{t('sangam-me-about-title')}</h2>
          <p>{t('sangam-me-about-text', counts.languages)}</p>
          <a class="cdx-button" href="/me/about">{t('sangam-me-edit')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-me-place-title')}</h2>
          <p>{t('sangam-me-place-text', counts.hours)}</p>
          <a class="cdx-button" href="/me/place">{t('sangam-me-edit')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-me-skills-title')}</h2>
          <p>{t('sangam-me-skills-text', counts.skills)}</p>
          <a class="cdx-button" href="/me/skills">{t('sangam-me-edit')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-calendar-title')}</h2>
          <p>{t('sangam-me-calendar-text')}</p>
          <a class="cdx-button" href="/me/calendar">{t('sangam-me-calendar-link')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-me-data-title')}</h2>
          <p>{t('sangam-me-data-text')}</p>
          <p class="row">
            <a class="cdx-button" href="/me/export">{t('sangam-me-export')}</a>
            <a class="cdx-button cdx-button--destructive" href="/me/delete">{t('sangam-me-delete')}</a>
          </p>
        </section>
      </div>
    </>
  );
}

export interface AboutFormValues {
  displayName: string;
  bio: string;
  affiliations: string;
  languages: { code: string; level: string }[];
  wikis: string[];
  contacts: { kind: string; value: string }[];
  visibility: Record<Section, string>;
}

export function AboutForm({ ctx, values, errors }: { ctx: PageContext; values: AboutFormValues; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-me-about-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/me/about">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="displayName">{t('sangam-field-display-name')}</label>
          <input id="displayName" name="displayName" type="text" value={values.displayName} required maxlength={80} {...invalid(errors, 'displayName')} />
          <FieldError ctx={ctx} errors={errors} name="displayName" />
        </div>
        <div class="field">
          <label for="bio">{t('sangam-field-bio')}</label>
          <textarea id="bio" name="bio" maxlength={2000} dir="auto" {...invalid(errors, 'bio')}>{values.bio}</textarea>
          <FieldError ctx={ctx} errors={errors} name="bio" />
        </div>
        <div class="field">
          <label for="affiliations">{t('sangam-field-affiliations')}</label>
          <textarea id="affiliations" name="affiliations" dir="auto" aria-describedby="affiliations-hint" {...invalid(errors, 'affiliations')}>{values.affiliations}</textarea>
          <p class="hint" id="affiliations-hint">{t('sangam-field-affiliations-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="affiliations" />
        </div>
        <fieldset>
          <legend>{t('sangam-field-languages')}</legend>
          <p class="hint">{t('sangam-field-languages-hint')}</p>
          {values.languages.map((row, i) => (
            <div class="row field">
              <label for={`lang-${i}`} class="visually-hidden">{t('sangam-field-language-n', i + 1)}</label>
              <input id={`lang-${i}`} name="langCode" type="text" value={row.code} {...invalid(errors, `languages.${i}`)} />
              <label for={`level-${i}`} class="visually-hidden">{t('sangam-field-language-level-n', i + 1)}</label>
              <select id={`level-${i}`} name="langLevel">
                {LANGUAGE_LEVELS.map((l) => <option value={l} selected={String(l) === row.level}>{t(LANGUAGE_LEVEL_KEYS[l - 1])}</option>)}
              </select>
              <FieldError ctx={ctx} errors={errors} name={`languages.${i}`} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('sangam-field-wikis')}</legend>
          <p class="hint">{t('sangam-field-wikis-hint')}</p>
          {values.wikis.map((wiki, i) => (
            <div class="field">
              <label for={`wiki-${i}`} class="visually-hidden">{t('sangam-field-wiki-n', i + 1)}</label>
              <input id={`wiki-${i}`} name="wiki" type="text" value={wiki} {...invalid(errors, `wikis.${i}`)} />
              <FieldError ctx={ctx} errors={errors} name={`wikis.${i}`} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('sangam-field-contacts')}</legend>
          <p class="hint">{t('sangam-field-contacts-hint')}</p>
          {values.contacts.map((row, i) => (
            <div class="row field">
              <label for={`contact-kind-${i}`} class="visually-hidden">{t('sangam-field-contact-kind-n', i + 1)}</label>
              <select id={`contact-kind-${i}`} name="contactKind">
                {CONTACT_KINDS.map((k) => <option value={k} selected={k === row.kind}>{t(CONTACT_KEYS[k])}</option>)}
              </select>
              <label for={`contact-${i}`} class="visually-hidden">{t('sangam-field-contact-n', i + 1)}</label>
              <input id={`contact-${i}`} name="contactValue" type="text" value={row.value} {...invalid(errors, `contacts.${i}.value`)} />
              <FieldError ctx={ctx} errors={errors} name={`contacts.${i}.value`} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('sangam-field-visibility')}</legend>
          <p class="hint">{t('sangam-field-visibility-hint')}</p>
          <table>
            <thead><tr><th scope="col">{t('sangam-field-visibility-section')}</th>{VISIBILITIES.map((v) => <th scope="col">{t(VISIBILITY_KEYS[v])}</th>)}</tr></thead>
            <tbody>
              {SECTIONS.map((s) => (
                <tr>
                  <th scope="row">{t(SECTION_KEYS[s])}</th>
                  {VISIBILITIES.map((v) => (
                    <td><input type="radio" name={`vis-${s}`} value={v} checked={values.visibility[s] === v}
                      aria-label={t('sangam-field-visibility-choice', t(SECTION_KEYS[s]), t(VISIBILITY_KEYS[v]))} /></td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-save')}</button>
      </form>
    </>
  );
}

export interface PlaceFormValues { country: string; timeZone: string; availability: Set<number> }

export function PlaceForm({ ctx, values, errors, countries, timeZones }: {
  ctx: PageContext; values: PlaceFormValues; errors?: FieldErrors;
  countries: { code: string; name: string }[]; timeZones: string[];
}) {
  const { t } = ctx;
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return (
    <>
      <h1>{t('sangam-me-place-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/me/place">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="country">{t('sangam-field-country')}</label>
          <select id="country" name="country" {...invalid(errors, 'country')}>
            <option value="">{t('sangam-not-given')}</option>
            {countries.map((c) => <option value={c.code} selected={c.code === values.country}>{c.name}</option>)}
          </select>
          <p class="hint">{t('sangam-field-country-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="country" />
        </div>
        <div class="field">
          <label for="timeZone">{t('sangam-field-timezone')}</label>
          <select id="timeZone" name="timeZone" {...invalid(errors, 'timeZone')}>
            <option value="">{t('sangam-not-given')}</option>
            {timeZones.map((z) => <option selected={z === values.timeZone}>{z}</option>)}
          </select>
          <FieldError ctx={ctx} errors={errors} name="timeZone" />
        </div>
        <fieldset>
          <legend>{t('sangam-field-availability')}</legend>
          <p class="hint">{t('sangam-field-availability-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="availability" />
          <div class="scroll">
            <table class="week">
              <thead><tr><td></td>{hours.map((h) => <th scope="col">{String(h).padStart(2, '0')}</th>)}</tr></thead>
              <tbody>
                {DAYS.map((dayKey, day) => {
                  const dayName = t(dayKey);
                  return (
                    <tr>
                      <th scope="row">{dayName}</th>
                      {hours.map((h) => {
                        const slot = day * 24 + h;
                        return <td><input type="checkbox" name="a" value={slot} checked={values.availability.has(slot)} aria-label={t('sangam-field-availability-cell', dayName, `${String(h).padStart(2, '0')}:00`)} /></td>;
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </fieldset>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-save')}</button>
      </form>
    </>
  );
}

export interface MySkillRow { skillId: number; label: string; kind: 'share' | 'learn' | 'known'; level: number }
export interface MyOfferRow { id: number; kind: 'guidance' | 'service'; skill: string | null; description: string }

export function MySkillsPage({ ctx, skills, rows, offers, values, errors }: {
  ctx: PageContext; skills: Skill[]; rows: MySkillRow[]; offers: MyOfferRow[];
  values: { skill: string; kind: string; level: string; offerKind: string; offerSkill: string; description: string };
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-me-skills-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {(['share', 'learn', 'known'] as const).map((kind) => (
        <section class="card">
          <h2>{t(KIND_KEYS[kind])}</h2>
          {rows.filter((r) => r.kind === kind).length === 0 ? <p class="muted">{t('sangam-none-yet')}</p> : (
            <ul>
              {rows.filter((r) => r.kind === kind).map((r) => (
                <li>
                  {t('sangam-skill-with-level', r.label, t(SKILL_LEVEL_KEYS[r.level - 1]))}{' '}
                  <form class="inline" method="post" action="/me/skills/remove">
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="skill" value={r.skillId} />
                    <input type="hidden" name="kind" value={r.kind} />
                    <button class="cdx-button cdx-button--quiet cdx-button--destructive" type="submit" aria-label={t('sangam-remove-named', r.label)}>{t('sangam-remove')}</button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <form class="card" method="post" action="/me/skills">
        <h2>{t('sangam-me-add-skill')}</h2>
        <CsrfField ctx={ctx} />
        <div class="filters">
          <SkillField ctx={ctx} skills={skills} value={values.skill} errors={errors} />
          <div class="field">
            <label for="kind">{t('sangam-field-skill-kind')}</label>
            <select id="kind" name="kind">
              {(['share', 'learn', 'known'] as const).map((k) => <option value={k} selected={k === values.kind}>{t(KIND_KEYS[k])}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="level">{t('sangam-field-skill-level')}</label>
            <select id="level" name="level">
              {SKILL_LEVELS.map((l) => <option value={l} selected={String(l) === values.level}>{t(SKILL_LEVEL_KEYS[l - 1])}</option>)}
            </select>
          </div>
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-add')}</button>
        </div>
      </form>
      <section class="card">
        <h2>{t('sangam-offers-title')}</h2>
        <p class="muted">{t('sangam-offers-intro')}</p>
        {offers.length > 0 && (
          <ul>
            {offers.map((o) => (
              <li>
                <strong>{t(o.kind === 'guidance' ? 'sangam-offer-kind-guidance' : 'sangam-offer-kind-service')}</strong>
                {o.skill && <> ({o.skill})</>}: <span dir="auto">{o.description}</span>{' '}
                <form class="inline" method="post" action="/me/offers/remove">
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="offer" value={o.id} />
                  <button class="cdx-button cdx-button--quiet cdx-button--destructive" type="submit">{t('sangam-remove')}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action="/me/offers">
          <CsrfField ctx={ctx} />
          <div class="filters">
            <div class="field">
              <label for="offerKind">{t('sangam-field-offer-kind')}</label>
              <select id="offerKind" name="offerKind">
                <option value="guidance" selected={values.offerKind === 'guidance'}>{t('sangam-offer-kind-guidance')}</option>
                <option value="service" selected={values.offerKind === 'service'}>{t('sangam-offer-kind-service')}</option>
              </select>
            </div>
            <div class="field">
              <label for="offerSkill">{t('sangam-field-offer-skill')}</label>
              <select id="offerSkill" name="offerSkill">
                <option value="">{t('sangam-optional')}</option>
                <SkillOptions skills={skills} selected={values.offerSkill} ctx={ctx} />
              </select>
            </div>
          </div>
          <div class="field">
            <label for="description">{t('sangam-field-offer-description')}</label>
            <textarea id="description" name="description" maxlength={500} dir="auto" required {...invalid(errors, 'description')}>{values.description}</textarea>
            <FieldError ctx={ctx} errors={errors} name="description" />
          </div>
          <button class="cdx-button" type="submit">{t('sangam-offer-add')}</button>
        </form>
      </section>
    </>
  );
}

export function DeletePage({ ctx, username }: { ctx: PageContext; username: string }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-delete-title')}</h1>
      <div class="cdx-message cdx-message--error"><p>{t('sangam-delete-warning', username)}</p></div>
      <p><a href="/me/export">{t('sangam-delete-export-first')}</a></p>
      <form method="post" action="/me/delete">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label><input type="checkbox" name="confirm" value="yes" required /> {t('sangam-delete-confirm')}</label>
        </div>
        <button class="cdx-button cdx-button--primary cdx-button--destructive" type="submit">{t('sangam-delete-button')}</button>
      </form>
    </>
  );
}
