import { CHANNEL_KINDS, COMMUNITY_KINDS } from '../../domain/communities/types.js';
import type { FieldErrors } from '../../errors.js';
import { CHANNEL_KIND_KEYS, COMMUNITY_KIND_KEYS, type CommunitySummaryView, type CommunityView, type PersonLink } from '../presenters/communities.js';
import { described, Description, ErrorSummary, FieldError, invalid, RegionFilter } from './components.js';
import type { SeriesSummaryView } from '../presenters/workshops.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

function Languages({ languages }: { languages: { code: string; name: string }[] }) {
  return <>{languages.map((l, i) => <>{i > 0 && ', '}<span lang={l.code} dir="auto">{l.name}</span></>)}</>;
}

export interface CommunityFilterValues { q: string; kind: string; region: string; lang: string }

export function CommunitiesPage({ ctx, values, languages, communities, page, hasNext, pageLink }: {
  ctx: PageContext; values: CommunityFilterValues; languages: { code: string; name: string }[]; communities: CommunitySummaryView[];
  page: number; hasNext: boolean; pageLink: (page: number) => string;
}) {
  const { t } = ctx;
  const filtered = Boolean(values.q || values.kind || values.region || values.lang);
  return (
    <>
      <h1>{t('sangam-communities-title')}</h1>
      <p class="muted">{t('sangam-communities-intro')}</p>
      <nav aria-label={t('sangam-communities-tools-label')}>
        <ul class="chips">
          <li><a href="/calls">{t('sangam-communities-tool-calls')}</a></li>
          <li><a href="/wikis">{t('sangam-communities-tool-wikis')}</a></li>
          <li><a href="/capacity">{t('sangam-communities-tool-capacity')}</a></li>
          <li><a href="/interests">{t('sangam-communities-tool-interests')}</a></li>
        </ul>
      </nav>
      <p><a class="cdx-button cdx-button--primary" href="/communities/new">{t('sangam-communities-new-link')}</a></p>
      <form class="card filters" method="get" action="/communities" role="search" aria-label={t('sangam-communities-filter-label')}>
        <div class="field">
          <label for="filter-q">{t('sangam-communities-filter-text')}</label>
          <input id="filter-q" name="q" type="search" value={values.q} maxlength={100} dir="auto" />
        </div>
        <div class="field">
          <label for="filter-kind">{t('sangam-community-field-kind')}</label>
          <select id="filter-kind" name="kind">
            <option value="">{t('sangam-communities-any-kind')}</option>
            {COMMUNITY_KINDS.map((k) => <option value={k} selected={k === values.kind}>{t(COMMUNITY_KIND_KEYS[k])}</option>)}
          </select>
        </div>
        <RegionFilter ctx={ctx} value={values.region} />
        <div class="field">
          <label for="filter-lang">{t('sangam-community-field-language')}</label>
          <select id="filter-lang" name="lang">
            <option value="">{t('sangam-communities-any-language')}</option>
            {languages.map((l) => <option value={l.code} lang={l.code} selected={l.code === values.lang}>{l.name}</option>)}
          </select>
        </div>
        <button class="cdx-button" type="submit">{t('sangam-communities-filter-submit')}</button>
      </form>
      {communities.length > 0 ? (
        <ul class="people">
          {communities.map((c) => (
            <li>
              <h2><a href={c.href} dir="auto">{c.name}</a></h2>
              <p class="small">
                <span class="badge">{c.kind}</span>
                {c.regions.length > 0 && <>{' · '}{c.regions.join(', ')}</>}
                {c.languages.length > 0 && <>{' · '}<Languages languages={c.languages} /></>}
                {' · '}{t('sangam-community-member-count', c.memberCount)}
              </p>
              {c.description && <p dir="auto">{c.description}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="cdx-message">{filtered ? t('sangam-communities-empty-filtered') : t('sangam-communities-empty')}</p>
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

function People({ people }: { people: PersonLink[] }) {
  return <ul class="chips">{people.map((p) => <li><a href={p.href} dir="auto">{p.name}</a></li>)}</ul>;
}

export function CommunityPage({ ctx, community, series }: { ctx: PageContext; community: CommunityView; series: SeriesSummaryView[] }) {
  const { t } = ctx;
  const c = community;
  const hidden = c.memberCount - c.organizers.length - c.namedMembers.length;
  return (
    <>
      <p class="small"><a href="/communities">{t('sangam-community-back')}</a></p>
      <h1 dir="auto">{c.name}</h1>
      <p><span class="badge">{c.kindLabel}</span></p>
      {c.description ? <Description text={c.description} /> : null}
      <dl class="facts">
        <dt>{t('sangam-community-field-wikis')}</dt>
        <dd>{c.wikis.length ? <ul class="chips">{c.wikis.map((w) => <li><a href={w.url}>{w.host}</a></li>)}</ul> : t('sangam-not-given')}</dd>
        <dt>{t('sangam-community-field-languages')}</dt>
        <dd>{c.languages.length ? <Languages languages={c.languages} /> : t('sangam-not-given')}</dd>
        <dt>{t('sangam-community-field-countries')}</dt>
        <dd>
          {c.countries.length
            ? c.countries.map((co, i) => <>{i > 0 && '; '}{co.region ? t('sangam-community-country-region', co.name, co.region) : co.name}</>)
            : t('sangam-not-given')}
        </dd>
      </dl>
      <section>
        <h2>{t('sangam-community-channels')}</h2>
        {c.channels.length ? (
          <ul>{c.channels.map((ch) => <li><span class="badge">{ch.kind}</span> <a href={ch.href} rel="nofollow" dir="auto">{ch.text}</a></li>)}</ul>
        ) : <p class="muted">{t('sangam-none-yet')}</p>}
      </section>
      <section>
        <h2>{t('sangam-community-series')}</h2>
        {series.length ? (
          <ul>{series.map((s) => <li><a href={s.href} dir="auto">{s.title}</a> · {s.cadence}{s.next && <> · {t('sangam-series-next-session', s.next)}</>}</li>)}</ul>
        ) : <p class="muted">{t('sangam-none-yet')}</p>}
        <ul class="chips">
          {c.canEdit && <li><a href={`/series/new?community=${c.slug}`}>{t('sangam-series-new-link')}</a></li>}
          <li><a href={`${c.href}/feed.atom`}>{t('sangam-feeds-atom')}</a></li>
        </ul>
      </section>
      <section>
        <h2>{t('sangam-community-people')}</h2>
        <p>{t('sangam-community-member-count', c.memberCount)}</p>
        <h3>{t('sangam-community-organizers')}</h3>
        {c.organizers.length ? <People people={c.organizers} /> : <p class="muted">{t('sangam-none-yet')}</p>}
        {(c.namedMembers.length > 0 || hidden > 0) && <h3>{t('sangam-community-members')}</h3>}
        {c.namedMembers.length > 0 && <People people={c.namedMembers} />}
        {hidden > 0 && <p class="small muted">{t('sangam-community-members-hidden', hidden)}</p>}
      </section>
      {ctx.viewer ? (
        <form method="post" action={`${c.href}/${c.viewerRole ? 'leave' : 'join'}`}>
          <CsrfField ctx={ctx} />
          <button class={`cdx-button${c.viewerRole ? '' : ' cdx-button--primary'}`} type="submit">
            {t(c.viewerRole ? 'sangam-community-leave' : 'sangam-community-join')}
          </button>
        </form>
      ) : (
        <p><a href={`/signin?return=${encodeURIComponent(c.href)}`}>{t('sangam-community-signin-to-join')}</a></p>
      )}
      {c.canEdit && <p><a class="cdx-button" href={c.editHref}>{t('sangam-community-edit-link')}</a></p>}
    </>
  );
}

export interface CommunityFormValues { name: string; slug: string; kind: string; description: string; wikis: string; languages: string; countries: string }
export interface ChannelFormValues { kind: string; label: string; address: string }

export function CommunityFormPage({ ctx, mode, action, values, errors, cancelHref, channels }: {
  ctx: PageContext; mode: 'new' | 'edit'; action: string; values: CommunityFormValues; errors?: FieldErrors; cancelHref: string;
  /** On the edit page: the channel list and form, which post elsewhere. */
  channels?: { list: CommunityView['channels']; base: string; values: ChannelFormValues; errors?: FieldErrors };
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t(mode === 'new' ? 'sangam-community-new-title' : 'sangam-community-edit-title')}</h1>
      {mode === 'new' && <p class="muted">{t('sangam-community-new-intro')}</p>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="name">{t('sangam-community-field-name')}</label>
          <input id="name" name="name" type="text" value={values.name} required minlength={2} maxlength={120} dir="auto" {...invalid(errors, 'name')} />
          <FieldError ctx={ctx} errors={errors} name="name" />
        </div>
        {mode === 'new' && (
          <div class="field">
            <label for="slug">{t('sangam-community-field-slug')}</label>
            <input id="slug" name="slug" type="text" value={values.slug} required maxlength={61} dir="ltr" pattern="[a-z0-9][a-z0-9\-]{1,60}" {...described(errors, 'slug')} />
            <p class="hint" id="slug-hint">{t('sangam-community-field-slug-hint')}</p>
            <FieldError ctx={ctx} errors={errors} name="slug" />
          </div>
        )}
        <div class="field">
          <label for="kind">{t('sangam-community-field-kind')}</label>
          <select id="kind" name="kind" {...invalid(errors, 'kind')}>
            {COMMUNITY_KINDS.map((k) => <option value={k} selected={k === values.kind}>{t(COMMUNITY_KIND_KEYS[k])}</option>)}
          </select>
          <FieldError ctx={ctx} errors={errors} name="kind" />
        </div>
        <div class="field">
          <label for="description">{t('sangam-community-field-description')} {t('sangam-optional')}</label>
          <textarea id="description" name="description" maxlength={4000} dir="auto" {...invalid(errors, 'description')}>{values.description}</textarea>
          <FieldError ctx={ctx} errors={errors} name="description" />
        </div>
        <div class="field">
          <label for="wikis">{t('sangam-community-field-wikis')} {t('sangam-optional')}</label>
          <textarea id="wikis" name="wikis" rows={4} dir="ltr" {...described(errors, 'wikis')}>{values.wikis}</textarea>
          <p class="hint" id="wikis-hint">{t('sangam-community-field-wikis-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="wikis" />
        </div>
        <div class="field">
          <label for="languages">{t('sangam-community-field-languages')} {t('sangam-optional')}</label>
          <input id="languages" name="languages" type="text" value={values.languages} dir="auto" {...described(errors, 'languages')} />
          <p class="hint" id="languages-hint">{t('sangam-community-field-languages-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="languages" />
        </div>
        <div class="field">
          <label for="countries">{t('sangam-community-field-countries')} {t('sangam-optional')}</label>
          <input id="countries" name="countries" type="text" value={values.countries} dir="auto" {...described(errors, 'countries')} />
          <p class="hint" id="countries-hint">{t('sangam-community-field-countries-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="countries" />
        </div>
        <p class="row">
          <button class="cdx-button cdx-button--primary" type="submit">{t(mode === 'new' ? 'sangam-community-create' : 'sangam-save')}</button>
          <a href={cancelHref}>{t('sangam-community-cancel')}</a>
        </p>
      </form>
      {channels && <ChannelsEditor ctx={ctx} {...channels} />}
      {channels && <OrganizerForm ctx={ctx} base={channels.base} />}
      {channels && <p><a href={`${channels.base}/wiki-publishing`}>{t('sangam-publishing-community-link')}</a></p>}
    </>
  );
}

/** Makes a member an organizer, so that organizing can be shared or handed over. */
function OrganizerForm({ ctx, base }: { ctx: PageContext; base: string }) {
  const { t } = ctx;
  return (
    <form class="card" method="post" action={`${base}/organizers`} id="organizers">
      <h2>{t('sangam-community-organizer-add-title')}</h2>
      <p class="muted">{t('sangam-community-organizer-add-intro')}</p>
      <CsrfField ctx={ctx} />
      <div class="field">
        <label for="organizer-username">{t('sangam-signin-username')}</label>
        <input id="organizer-username" name="username" type="text" required maxlength={85} dir="auto" />
      </div>
      <button class="cdx-button" type="submit">{t('sangam-community-organizer-add')}</button>
    </form>
  );
}

function ChannelsEditor({ ctx, list, base, values, errors }: {
  ctx: PageContext; list: CommunityView['channels']; base: string; values: ChannelFormValues; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <section id="channels">
      <h2>{t('sangam-community-channels')}</h2>
      <p class="muted">{t('sangam-community-channels-intro')}</p>
      {list.length > 0 && (
        <ul>
          {list.map((ch) => (
            <li>
              <span class="badge">{ch.kind}</span> <a href={ch.href} rel="nofollow" dir="auto">{ch.text}</a>{' '}
              <form class="inline" method="post" action={`${base}/channels/${ch.id}/remove`}>
                <CsrfField ctx={ctx} />
                <button class="cdx-button cdx-button--quiet" type="submit" aria-label={t('sangam-community-channel-remove-named', ch.text)}>
                  {t('sangam-community-channel-remove')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form class="card" method="post" action={`${base}/channels`}>
        <CsrfField ctx={ctx} />
        <h3>{t('sangam-community-channel-add-title')}</h3>
        <div class="field">
          <label for="channel-kind">{t('sangam-community-channel-kind')}</label>
          <select id="channel-kind" name="kind" {...invalid(errors, 'kind')}>
            {CHANNEL_KINDS.map((k) => <option value={k} selected={k === values.kind}>{t(CHANNEL_KIND_KEYS[k])}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="address">{t('sangam-community-channel-address')}</label>
          <input id="address" name="address" type="text" value={values.address} required maxlength={300} dir="ltr" {...described(errors, 'address')} />
          <p class="hint" id="address-hint">{t('sangam-community-channel-address-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="address" />
        </div>
        <div class="field">
          <label for="label">{t('sangam-community-channel-label')} {t('sangam-optional')}</label>
          <input id="label" name="label" type="text" value={values.label} maxlength={80} dir="auto" {...invalid(errors, 'label')} />
          <FieldError ctx={ctx} errors={errors} name="label" />
        </div>
        <button class="cdx-button" type="submit">{t('sangam-community-channel-add')}</button>
      </form>
    </section>
  );
}
