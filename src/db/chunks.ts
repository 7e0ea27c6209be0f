/**
 * Rows split into groups small enough for one statement each: PostgreSQL takes at most 65,535 bound
 * parameters per statement, so a multi-row insert of thousands of rows must be cut.
 */
export function chunks<T>(rows: readonly T[], size = 4_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
