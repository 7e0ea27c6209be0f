import { Hono } from 'hono';
import { getExchange, listExchanges } from '../../domain/exchanges/data.js';
import { createExchange, updateExchange } from '../../domain/exchanges/mutations.js';
import { assertCanCreateExchange, assertCanEditExchange } from '../../domain/exchanges/policy.js';
import { ExchangeFormSchema, ExchangeListQuerySchema, type ExchangeInput } from '../../domain/exchanges/schema.js';
import type { GroupExchange } from '../../domain/exchanges/types.js';
import { getSkillTree, skillForFilter, subtreeIds } from '../../domain/skills/data.js';
import { RowId, validate } from '../../domain/validation.js';
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { field, formBody } from '../forms.js';
import { presentExchange } from '../presenters/exchanges.js';
import { flash, pageContext, render } from '../render.js';
import { ExchangeFormPage, ExchangePage, ExchangesPage, type ExchangeFormValues } from '../views/exchanges.js';

/** The exchange an address names; anything but a known row id is "not found", never a database error. */
async function exchangeAt(c: AppContext): Promise<GroupExchange> {
  const id = RowId.safeParse(c.req.param('id'));
  const exchange = id.success ? await getExchange(c.get('deps').db, id.data) : undefined;
  if (!exchange) throw new NotFoundError();
  return exchange;
}

const EMPTY_FORM: ExchangeFormValues = { offering: '', receiving: '', skill: '', startsOn: '', description: '', status: 'proposed' };

function valuesFromExchange(exchange: GroupExchange, skillSlug: string): ExchangeFormValues {
  return {
    offering: exchange.offeringGroup, receiving: exchange.receivingGroup, skill: skillSlug,
    startsOn: exchange.startsOn ?? '', description: exchange.description, status: exchange.status,
  };
}

async function valuesFromForm(c: AppContext): Promise<ExchangeFormValues> {
  const body = await formBody(c);
  return {
    offering: field(body, 'offering'), receiving: field(body, 'receiving'), skill: field(body, 'skill'),
    startsOn: field(body, 'startsOn'), description: field(body, 'description'), status: field(body, 'status'),
  };
}

async function showForm(c: AppContext, target: GroupExchange | null, values: ExchangeFormValues, errors?: FieldErrors) {
  const tree = await getSkillTree(c.get('deps').db, c.get('tr').lang);
  const ctx = await pageContext(c, { forms: true });
  const page = (
    <ExchangeFormPage ctx={ctx} mode={target ? 'edit' : 'new'} action={target ? `/exchanges/${target.id}/edit` : '/exchanges/new'}
      values={values} skills={tree.skills} errors={errors} cancelHref={target ? `/exchanges/${target.id}` : '/exchanges'} />
  );
  return render(c, ctx, ctx.t(target ? 'sangam-exchange-edit-title' : 'sangam-exchange-new-title'), page, errors ? 400 : 200);
}

/** Validates and writes; invalid input re-renders the form with what was typed, and stores nothing. */
async function save(c: AppContext, target: GroupExchange | null, values: ExchangeFormValues, write: (input: ExchangeInput) => Promise<number>) {
  let id: number;
  try {
    id = await write(validate(ExchangeFormSchema, values));
  } catch (error) {
    if (error instanceof ValidationError) return showForm(c, target, values, error.fields);
    throw error;
  }
  await flash(c, 'success', target ? 'sangam-saved' : 'sangam-exchange-created');
  return c.redirect(`/exchanges/${id}`, 303);
}

export const exchangeRoutes = new Hono<AppEnv>()
  .get('/exchanges', async (c) => {
    const { db } = c.get('deps');
    const tr = c.get('tr');
    const query = validate(ExchangeListQuerySchema, c.req.query());
    const tree = await getSkillTree(db, tr.lang);
    const skill = await skillForFilter(db, tree, query.skill);
    const page = query.page;
    const { exchanges, hasNext } = await listExchanges(db, {
      status: query.status || null, skillIds: skill ? subtreeIds(tree, skill.id) : null,
    }, page);
    const ctx = await pageContext(c);
    const values = { status: query.status, skill: skill?.slug ?? '' };
    const pageLink = (n: number) => {
      const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
      params.set('page', String(n));
      return `/exchanges?${params}`;
    };
    const view = (
      <ExchangesPage ctx={ctx} values={values} skills={tree.skills} page={page} hasNext={hasNext} pageLink={pageLink}
        exchanges={exchanges.map((e) => presentExchange(e, tree, tr, c.get('viewer'), { excerpt: true }))} />
    );
    return render(c, ctx, tr.t('sangam-exchanges-title'), view);
  })
  .get('/exchanges/new', async (c) => {
    assertCanCreateExchange(c.get('viewer'));
    return showForm(c, null, EMPTY_FORM);
  })
  .post('/exchanges/new', async (c) => {
    const viewer = c.get('viewer');
    assertCanCreateExchange(viewer);
    const { db, now } = c.get('deps');
    return save(c, null, await valuesFromForm(c), (input) => createExchange(db, viewer.id, input, now()));
  })
  .get('/exchanges/:id', async (c) => {
    const exchange = await exchangeAt(c);
    const tr = c.get('tr');
    const tree = await getSkillTree(c.get('deps').db, tr.lang);
    const view = presentExchange(exchange, tree, tr, c.get('viewer'));
    const ctx = await pageContext(c);
    return render(c, ctx, tr.t('sangam-exchange-title', view.offering, view.receiving), <ExchangePage ctx={ctx} exchange={view} />);
  })
  .get('/exchanges/:id/edit', async (c) => {
    const exchange = await exchangeAt(c);
    assertCanEditExchange(c.get('viewer'), exchange);
    const tree = await getSkillTree(c.get('deps').db, c.get('tr').lang);
    return showForm(c, exchange, valuesFromExchange(exchange, tree.byId.get(exchange.skillId)?.slug ?? ''));
  })
  .post('/exchanges/:id/edit', async (c) => {
    const exchange = await exchangeAt(c);
    assertCanEditExchange(c.get('viewer'), exchange);
    const { db, now } = c.get('deps');
    return save(c, exchange, await valuesFromForm(c), async (input) => {
      await updateExchange(db, exchange.id, input, now());
      return exchange.id;
    });
  });
