export const CATEGORIES = ['technical', 'editing', 'organizational', 'governance', 'communication'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Skill {
  id: number;
  slug: string;
  parentId: number | null;
  category: Category;
  wikidataQid: string | null;
  label: string;
  depth: number;
}

export interface SkillTree {
  skills: Skill[];
  byId: Map<number, Skill>;
  bySlug: Map<string, Skill>;
  children: Map<number | null, Skill[]>;
}
