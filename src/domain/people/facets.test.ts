import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.js';
import { createPerson } from '../../../test/factories.js';
import { addPersonSkill, deletePerson, removePersonSkill, updateAbout } from './mutations.js';
import { decodeSkillFacet, skillFacet, skillFacets, skillScopes } from './facets.js';

const database = useTestDatabase();

const facetsOf = async (id: number) =>
  database.db.selectFrom('people').select(['skill_facets', 'languages']).where('id', '=', id).executeTakeFirstOrThrow();
const scopesOf = async (id: number) =>
  (await database.db.selectFrom('people').select('skill_scopes').where('id', '=', id).executeTakeFirstOrThrow()).skill_scopes;

describe('directory facets kept on the person row', () => {
  it('encode skill, kind and level so that a level range is a short list', () => {
    expect(skillFacet(7, 'share', 1)).toBe(112);
    expect(skillFacet(7, 'known', 4)).toBe(7 * 16 + 8 + 3);
    expect(skillFacets([7], ['share'], 3)).toEqual([114, 115]);
  });

  it('follow every change to a person’s skills and languages', async () => {
    const { id } = await createPerson(database.db, { languages: [['hi', 5], ['en', 3]], skills: [['lua-modules', 'share', 4]] });
    const technical = (await database.db.selectFrom('skills').select('id').where('slug', '=', 'technical').executeTakeFirstOrThrow()).id;
    const lua = (await database.db.selectFrom('skills').select('id').where('slug', '=', 'lua-modules').executeTakeFirstOrThrow()).id;
    expect(await facetsOf(id)).toEqual({ skill_facets: [skillFacet(lua, 'share', 4)], languages: ['en', 'hi'] });
    // Lua sits directly under Technical: both are in scope for sharing.
    expect((await scopesOf(id)).sort((a, b) => a - b)).toEqual(skillScopes(technical, ['share']).concat(skillScopes(lua, ['share'])).sort((a, b) => a - b));

    await addPersonSkill(database.db, id, { skill: 'lua-modules', kind: 'share', level: 2 }); // an update of the level
    await addPersonSkill(database.db, id, { skill: 'wikidata', kind: 'learn', level: 1 });
    const wikidata = (await database.db.selectFrom('skills').select('id').where('slug', '=', 'wikidata').executeTakeFirstOrThrow()).id;
    expect((await facetsOf(id)).skill_facets).toEqual([skillFacet(lua, 'share', 2), skillFacet(wikidata, 'learn', 1)].sort((a, b) => a - b));

    await removePersonSkill(database.db, id, lua, 'share');
    await updateAbout(database.db, id, {
      displayName: 'x', bio: '', affiliations: [], languages: [{ code: 'bn', level: 5 }], wikis: [], contacts: [],
      visibility: { about: 'public', languages: 'public', location: 'public', availability: 'public', skills: 'public', contact: 'public' },
    }, new Date());
    expect(await facetsOf(id)).toEqual({ skill_facets: [skillFacet(wikidata, 'learn', 1)], languages: ['bn'] });
    await deletePerson(database.db, id);
  });
});

describe('decoding a facet', () => {
  it('gives back the skill, kind and level it was made from', () => {
    for (const [id, kind, level] of [[1, 'share', 1], [129, 'learn', 4], [57, 'known', 2]] as const) {
      expect(decodeSkillFacet(skillFacet(id, kind, level))).toEqual({ skillId: id, kind, level });
    }
  });
});
