import { queryRows, quoteIdent, type Db, type Row } from './db.ts';

/** Rows of one mart for the period, the columns in the order given. */
export async function readMart(db: Db, mart: string, period: string, columns?: string[], orderBy?: string): Promise<Row[]> {
  const select = columns ? columns.map(quoteIdent).join(', ') : '*';
  // orderBy comes from reports/sections.ts (code, not input).
  return queryRows(db, `select ${select} from ${quoteIdent(mart)} where period = $period${orderBy ? ` order by ${orderBy}` : ''}`, { period });
}
