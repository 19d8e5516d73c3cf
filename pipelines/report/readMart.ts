import { queryRows, quoteIdent, type Db, type Params, type Row } from '../../workspace/db.ts';

export interface MartQuery {
  columns?: string[];
  /** SQL `order by` list from reports/sections/ (code, not input). */
  orderBy?: string;
  /** SQL condition from reports/sections/ (code, not input). */
  where?: string;
  /** Column = value filters; values are bound as parameters, never pasted. */
  equals?: Record<string, string | number | boolean>;
  /** Applied to every row read (`--public`: personal data masked; see publicMask in report.ts). */
  mask?: (row: Row) => Row;
}

/** Rows of one mart for the period: the columns in the order given, filters bound as parameters. */
export async function queryMart(db: Db, mart: string, period: string, query: MartQuery = {}): Promise<Row[]> {
  const select = query.columns ? query.columns.map(quoteIdent).join(', ') : '*';
  const params: Record<string, string | number | boolean> = { period };
  const conditions = ['period = $period'];
  if (query.where) conditions.push(`(${query.where})`);
  Object.entries(query.equals ?? {}).forEach(([column, value], i) => {
    conditions.push(`${quoteIdent(column)} = $v${i}`);
    params[`v${i}`] = value;
  });
  const rows = await queryRows(db, `select ${select} from ${quoteIdent(mart)} where ${conditions.join(' and ')}${query.orderBy ? ` order by ${query.orderBy}` : ''}`, params as Params);
  return query.mask ? rows.map(query.mask) : rows;
}
