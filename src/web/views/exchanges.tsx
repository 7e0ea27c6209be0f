import { EXCHANGE_STATUSES } from '../../domain/exchanges/types.js';
import type { Skill } from '../../domain/skills/types.js';
import type { FieldErrors } from '../../errors.js';
import { EXCHANGE_STATUS_KEYS, type ExchangeView } from '../presenters/exchanges.js';
import { described, ErrorSummary, FieldError, invalid } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';
import { SkillField, SkillOptions } from './people.js';

/**
 * "Offering group → receiving group". Names are isolated so that a Latin name on an Arabic page keeps
 * its place, and the arrow follows the reading direction; screen readers get a sentence instead.
 */
function GroupPair({ ctx, exchange }: { ctx: PageContext; exchange: Pick<ExchangeView, 'offering' | 'receiving'> }) {
  return (
    <>
      <span aria-hidden="true"><bdi>{exchange.offering}</bdi> {ctx.dir === 'rtl' ? '\u2190' : '\u2192'} <bdi>{exchange.receiving}</bdi></span>
      <span class="visually-hidden">{ctx.t('sangam-exchange-pair-spoken', exchange.offering, exchange.receiving)}</span>
    </>
  );
}

/** Skill, start and status on one line. */
function Summary({ ctx, exchange }: { ctx: PageContext; exchange: ExchangeView }) {
  const { t } = ctx;
  return (
    <p class="small">
      {exchange.skill ? <a href={`/skills/${exchange.skill.slug}`}>{exchange.skill.label}</a> : t('sangam-not-given')}
      {' · '}
      {exchange.startsOn ? t('sangam-exchange-starts', exchange.startsOn) : t('sangam-exchange-no-date')}
      {' · '}
      <span class="badge">{exchange.statusLabel}</span>
    </p>
  );
}

/** Paragraphs at blank lines, line breaks kept within them. */
function Description({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph) => (
        <p dir="auto">{paragraph.split('\n').map((line, i) => <>{i > 0 && <br />}{line}</>)}</p>
      ))}
    </>
  );
}

export interface ExchangeFilterValues { status: string; skill: string }

export function ExchangesPage({ ctx, values, skills, exchanges, page, hasNext, pageLink }: {
  ctx: PageContext; values: ExchangeFilterValues; skills: Skill[]; exchanges: ExchangeView[];
  page: number; hasNext: boolean; pageLink: (page: number) => string;
}) {
  const { t } = ctx;
  const filtered = Boolean(values.status || values.skill);
  return (
    <>
      <h1>{t('sangam-exchanges-title')}</h1>
      <p class="muted">{t('sangam-exchanges-intro')}</p>
      <p><a class="cdx-button cdx-button--primary" href="/exchanges/new">{t('sangam-exchanges-new-link')}</a></p>
      <form class="card filters" method="get" action="/exchanges" role="search" aria-label={t('sangam-exchanges-filter-label')}>
        <div class="field">
          <label for="filter-skill">{t('sangam-field-skill')}</label>
          <select id="filter-skill" name="skill">
            <option value="">{t('sangam-exchanges-any-skill')}</option>
            <SkillOptions skills={skills} selected={values.skill} ctx={ctx} />
          </select>
        </div>
        <div class="field">
          <label for="filter-status">{t('sangam-exchange-field-status')}</label>
          <select id="filter-status" name="status">
            <option value="">{t('sangam-exchanges-any-status')}</option>
            {EXCHANGE_STATUSES.map((s) => <option value={s} selected={s === values.status}>{t(EXCHANGE_STATUS_KEYS[s])}</option>)}
          </select>
        </div>
        <button class="cdx-button" type="submit">{t('sangam-exchanges-filter-submit')}</button>
      </form>
      {exchanges.length > 0 ? (
        <ul class="people">
          {exchanges.map((e) => (
            <li>
              <h2><a href={e.href}><GroupPair ctx={ctx} exchange={e} /></a></h2>
              <Summary ctx={ctx} exchange={e} />
              {e.description && <p dir="auto">{e.description}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="cdx-message">{filtered ? t('sangam-exchanges-empty-filtered') : t('sangam-exchanges-empty')}</p>
      )}
      {(page > 1 || hasNext) && (
        <nav class="pager" aria-label={t('sangam-pager-label')}>
          {page > 1 && <a href={pageLink(page - 1)} rel="prev">{t('sangam-pager-previous')}</a>}
          <span>{t('sangam-pager-page', page)}</span>
          {hasNext && <a href={pageLink(page + 1)} rel="next">{t('sangam-pager-next')}</a>}
        </nav>
      )}
    </>
  );
}

export function ExchangePage({ ctx, exchange }: { ctx: PageContext; exchange: ExchangeView }) {
  const { t } = ctx;
  return (
    <>
      <p class="small"><a href="/exchanges">{t('sangam-exchange-back')}</a></p>
      <h1><GroupPair ctx={ctx} exchange={exchange} /></h1>
      <dl class="facts">
        <dt>{t('sangam-exchange-field-offering')}</dt><dd><bdi>{exchange.offering}</bdi></dd>
        <dt>{t('sangam-exchange-field-receiving')}</dt><dd><bdi>{exchange.receiving}</bdi></dd>
        <dt>{t('sangam-field-skill')}</dt>
        <dd>{exchange.skill ? <a href={`/skills/${exchange.skill.slug}`}>{exchange.skill.label}</a> : t('sangam-not-given')}</dd>
        <dt>{t('sangam-exchange-field-starts')}</dt><dd>{exchange.startsOn ?? t('sangam-exchange-no-date')}</dd>
        <dt>{t('sangam-exchange-field-status')}</dt><dd><span class="badge">{exchange.statusLabel}</span></dd>
        <dt>{t('sangam-exchange-recorded')}</dt><dd>{exchange.recordedOn}</dd>
      </dl>
      <section>
        <h2>{t('sangam-exchange-field-description')}</h2>
        {exchange.description ? <Description text={exchange.description} /> : <p class="muted">{t('sangam-none-yet')}</p>}
      </section>
      {exchange.canEdit && <p><a class="cdx-button" href={exchange.editHref}>{t('sangam-exchange-edit-link')}</a></p>}
    </>
  );
}

export interface ExchangeFormValues { offering: string; receiving: string; skill: string; startsOn: string; description: string; status: string }

export function ExchangeFormPage({ ctx, mode, action, values, skills, errors, cancelHref }: {
  ctx: PageContext; mode: 'new' | 'edit'; action: string; values: ExchangeFormValues; skills: Skill[];
  errors?: FieldErrors; cancelHref: string;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t(mode === 'new' ? 'sangam-exchange-new-title' : 'sangam-exchange-edit-title')}</h1>
      {mode === 'new' && <p class="muted">{t('sangam-exchange-new-intro')}</p>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="offering">{t('sangam-exchange-field-offering')}</label>
          <input id="offering" name="offering" type="text" value={values.offering} required minlength={2} maxlength={120} dir="auto" {...described(errors, 'offering')} />
          <p class="hint" id="offering-hint">{t('sangam-exchange-field-offering-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="offering" />
        </div>
        <div class="field">
          <label for="receiving">{t('sangam-exchange-field-receiving')}</label>
          <input id="receiving" name="receiving" type="text" value={values.receiving} required minlength={2} maxlength={120} dir="auto" {...described(errors, 'receiving')} />
          <p class="hint" id="receiving-hint">{t('sangam-exchange-field-receiving-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="receiving" />
        </div>
        <SkillField ctx={ctx} skills={skills} value={values.skill} errors={errors} />
        <div class="field">
          <label for="startsOn">{t('sangam-exchange-field-starts')} {t('sangam-optional')}</label>
          <input id="startsOn" name="startsOn" type="date" value={values.startsOn} min="2000-01-01" max="2100-12-31" {...described(errors, 'startsOn')} />
          <p class="hint" id="startsOn-hint">{t('sangam-exchange-field-starts-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="startsOn" />
        </div>
        <div class="field">
          <label for="status">{t('sangam-exchange-field-status')}</label>
          <select id="status" name="status" {...invalid(errors, 'status')}>
            {EXCHANGE_STATUSES.map((s) => <option value={s} selected={s === values.status}>{t(EXCHANGE_STATUS_KEYS[s])}</option>)}
          </select>
          <FieldError ctx={ctx} errors={errors} name="status" />
        </div>
        <div class="field">
          <label for="description">{t('sangam-exchange-field-description')} {t('sangam-optional')}</label>
          <textarea id="description" name="description" maxlength={2000} dir="auto" {...described(errors, 'description')}>{values.description}</textarea>
          <p class="hint" id="description-hint">{t('sangam-exchange-field-description-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="description" />
        </div>
        <p class="row">
          <button class="cdx-button cdx-button--primary" type="submit">{t(mode === 'new' ? 'sangam-exchange-create' : 'sangam-save')}</button>
          <a href={cancelHref}>{t('sangam-exchange-cancel')}</a>
        </p>
      </form>
    </>
  );
}
