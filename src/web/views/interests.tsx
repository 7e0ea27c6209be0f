import type { FieldErrors } from '../../errors.js';
import type { InterestListView, InterestMemberView, MembershipView } from '../presenters/interests.js';
import { ErrorSummary, FieldError, invalid } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

function Pager({ ctx, page, hasNext, pageLink }: { ctx: PageContext; page: number; hasNext: boolean; pageLink: (page: number) => string }) {
  const { t } = ctx;
  if (page === 1 && !hasNext) return null;
  return (
    <nav class="pager" aria-label={t('sangam-pager-label')}>
      {page > 1 && <a href={pageLink(page - 1)} rel="prev">{t('sangam-pager-previous')}</a>}
      <span>{t('sangam-pager-page', page)}</span>
      {hasNext && <a href={pageLink(page + 1)} rel="next">{t('sangam-pager-next')}</a>}
    </nav>
  );
}

export function InterestListsPage({ ctx, lists, canCreate, page, hasNext }: {
  ctx: PageContext; lists: InterestListView[]; canCreate: boolean; page: number; hasNext: boolean;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-interests-title')}</h1>
      <p class="muted">{t('sangam-interests-intro')}</p>
      {canCreate && <p><a class="cdx-button cdx-button--primary" href="/interests/new">{t('sangam-interests-new-link')}</a></p>}
      {lists.length > 0 ? (
        <ul class="people">
          {lists.map((l) => (
            <li>
              <h2><a href={l.href} dir="auto">{l.title}</a></h2>
              <p class="small">{t('sangam-interests-members-count', l.memberCount)}</p>
              {l.description && <p dir="auto">{l.description}</p>}
            </li>
          ))}
        </ul>
      ) : <p class="cdx-message">{t('sangam-interests-empty')}</p>}
      <Pager ctx={ctx} page={page} hasNext={hasNext} pageLink={(n) => `/interests?page=${n}`} />
    </>
  );
}

function MembershipForm({ ctx, list, membership, errors }: { ctx: PageContext; list: InterestListView; membership: MembershipView; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <section class="card">
      <h2>{t('sangam-interest-join-title')}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="small">{t('sangam-interest-join-intro')}</p>
      <form method="post" action={`${list.href}/join`}>
        <CsrfField ctx={ctx} />
        {membership.channels.length > 0 ? (
          <fieldset class="field" {...invalid(errors, 'channels')}>
            <legend>{t('sangam-interest-channels-legend')}</legend>
            {membership.channels.map((c) => (
              <div>
                <input type="checkbox" id={`channel-${c.kind}`} name="channels" value={c.kind} checked={c.checked} />
                <label for={`channel-${c.kind}`}>{c.label} <bdi class="muted">{c.value}</bdi></label>
              </div>
            ))}
            <FieldError ctx={ctx} errors={errors} name="channels" />
          </fieldset>
        ) : <p class="small">{t('sangam-interest-no-channels')} <a href="/me/about">{t('sangam-interest-edit-channels')}</a></p>}
        {membership.contactPrivate && membership.channels.length > 0 && <p class="small cdx-message">{t('sangam-interest-contact-private')}</p>}
        <button class="cdx-button cdx-button--primary" type="submit">{t(membership.member ? 'sangam-interest-update' : 'sangam-interest-join')}</button>
      </form>
      {membership.member && (
        <form method="post" action={`${list.href}/leave`}>
          <CsrfField ctx={ctx} />
          <p><button class="cdx-button" type="submit">{t('sangam-interest-leave')}</button></p>
        </form>
      )}
    </section>
  );
}

export function InterestListPage({ ctx, list, members, hidden, membership, errors, page, hasNext }: {
  ctx: PageContext; list: InterestListView; members: InterestMemberView[]; hidden: number; membership: MembershipView | null;
  errors?: FieldErrors; page: number; hasNext: boolean;
}) {
  const { t } = ctx;
  return (
    <>
      <p class="small"><a href="/interests">{t('sangam-interest-back')}</a></p>
      <h1 dir="auto">{list.title}</h1>
      {list.description && <p dir="auto">{list.description}</p>}
      <p class="small">{t('sangam-interests-members-count', list.memberCount)}</p>
      {membership
        ? <MembershipForm ctx={ctx} list={list} membership={membership} errors={errors} />
        : <p><a class="cdx-button cdx-button--primary" href={`/signin?return=${encodeURIComponent(list.href)}`}>{t('sangam-interest-signin-to-join')}</a></p>}
      <section>
        <h2>{t('sangam-interest-members-title')}</h2>
        {list.canExport && (
          <p class="small"><a href={list.exportHref} download={`${list.slug}.csv`}>{t('sangam-interest-export-link')}</a> {t('sangam-interest-export-hint')}</p>
        )}
        {members.length > 0 ? (
          <ul>
            {members.map((m) => (
              <li>
                <a href={m.href}><bdi>{m.name}</bdi></a>
                {m.channels.length > 0 && <span class="small"> · {m.channels.map((c, i) => <>{i > 0 && ' · '}<bdi>{c}</bdi></>)}</span>}
              </li>
            ))}
          </ul>
        ) : hidden === 0 && <p class="muted">{t('sangam-interest-no-members')}</p>}
        {hidden > 0 && <p class="small muted">{t('sangam-interest-members-hidden', hidden)}</p>}
        <Pager ctx={ctx} page={page} hasNext={hasNext} pageLink={(n) => `${list.href}?page=${n}`} />
      </section>
    </>
  );
}

export interface InterestFormValues { title: string; slug: string; description: string }

export function InterestFormPage({ ctx, values, errors }: { ctx: PageContext; values: InterestFormValues; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-interest-new-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/interests/new">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="title">{t('sangam-interest-field-title')}</label>
          <input id="title" name="title" type="text" value={values.title} required minlength={3} maxlength={120} dir="auto" {...invalid(errors, 'title')} />
          <FieldError ctx={ctx} errors={errors} name="title" />
        </div>
        <div class="field">
          <label for="slug">{t('sangam-interest-field-slug')}</label>
          <input id="slug" name="slug" type="text" value={values.slug} required pattern="[a-z0-9][a-z0-9\-]{1,60}" maxlength={61} dir="ltr"
            aria-describedby={errors?.slug ? 'slug-hint slug-error' : 'slug-hint'} {...(errors?.slug ? { 'aria-invalid': 'true' } : {})} />
          <p class="hint" id="slug-hint">{t('sangam-interest-field-slug-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="slug" />
        </div>
        <div class="field">
          <label for="description">{t('sangam-interest-field-description')} {t('sangam-optional')}</label>
          <textarea id="description" name="description" maxlength={2000} dir="auto" {...invalid(errors, 'description')}>{values.description}</textarea>
          <FieldError ctx={ctx} errors={errors} name="description" />
        </div>
        <p class="row">
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-interest-create')}</button>
          <a href="/interests">{t('sangam-exchange-cancel')}</a>
        </p>
      </form>
    </>
  );
}
