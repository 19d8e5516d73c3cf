/**
 * The definitions every output states, in the report language: the rules the figures were
 * computed by as mart_rules and mart_kpi_weights hold them (the config, as the build wrote it).
 */
import { definitionRows, type DefinitionRow } from '../reports/definitionRows.ts';
import type { Labels } from '../reports/i18n/getLabels.ts';
import type { Db } from './db.ts';
import { queryMart } from './readMart.ts';

export async function readDefinitions(db: Db, period: string, labels: Labels): Promise<DefinitionRow[]> {
  const rules = await queryMart(db, 'mart_rules', period, { columns: ['rule', 'value', 'as_in_law'], orderBy: 'rule' });
  const weights = await queryMart(db, 'mart_kpi_weights', period, { columns: ['component', 'share'], orderBy: 'weight desc, component' });
  return definitionRows(labels, { rules, weights });
}
