import { z } from 'zod';
import { RowId } from '../validation.js';

const label = z.string().trim().min(1, { message: 'sangam-error-required' }).max(80, { message: 'sangam-error-too-long' });
const skillRef = RowId;

export const AddSkillSchema = z.object({
  label,
  parent: skillRef,
  wikidata: z.string().trim().toUpperCase().regex(/^(Q[1-9][0-9]{0,9})?$/, { message: 'sangam-error-wikidata-id' }),
});

export const RenameSkillSchema = z.object({
  skill: skillRef,
  lang: z.string().trim().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { message: 'sangam-error-invalid-choice' }),
  label,
});

export const MoveSkillSchema = z.object({ skill: skillRef, parent: skillRef });
export const MergeSkillSchema = z.object({ skill: skillRef, into: skillRef });
