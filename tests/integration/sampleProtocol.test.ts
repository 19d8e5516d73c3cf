/**
 * A protocol ingested into the sample workspace counts like a register row:
 * its meeting appears in mart_meetings and its attendance in each member's figures.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { builtSample } from '../helpers/ingestedSample.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const PROTOCOL = new URL('../fixtures/sample-documents/protocol-presidium-2023-12-27.txt', import.meta.url).pathname;

describe('a protocol in the sample workspace', () => {
  it('adds its meeting, attendance and votes to the marts', async () => {
    // The sample with every register ingested and built for 2023 (made once per run and copied).
    const ws = await builtSample(join(await tempDir(), 'ws'));
    const db = await openDatabase(ws.dbPath);
    try {
      const attendanceOf = async (member: string) => (await queryRows(db,
        `select expected, attended, unexcused from mart_member_attendance where member_id = $m and body = 'presidium'`, { m: member }))[0];

      const before = { m05: await attendanceOf('M05'), m08: await attendanceOf('M08') };
      const meetingsBefore = (await queryRows(db, `select value from mart_period_metrics where metric = 'presidium_meetings'`))[0].value as number;

      const result = await ingestFiles(db, [PROTOCOL], { config: ws.config, logger: silentLogger });
      expect(result.documents[0].reviews).toEqual([]); // every name resolved to a sample member
      await buildModels(db, ws.config, parsePeriod('2023'));

      expect(await queryRows(db, `select body, date, members_total, present, online, quorum_met from mart_meetings where date = '2023-12-27' and body = 'presidium'`)).toEqual([
        { body: 'presidium', date: '2023-12-27', members_total: 8, present: 6, online: 1, quorum_met: true },
      ]);
      expect((await queryRows(db, `select value from mart_period_metrics where metric = 'presidium_meetings'`))[0].value).toBe(meetingsBefore + 1);
      // Кузнецов И.В. (M05) attended online; Смирнова Е.В. (M08) was absent without a valid reason
      const after = { m05: await attendanceOf('M05'), m08: await attendanceOf('M08') };
      expect(after.m05).toEqual({ ...before.m05, expected: Number(before.m05.expected) + 1, attended: Number(before.m05.attended) + 1 });
      expect(after.m08).toEqual({ ...before.m08, expected: Number(before.m08.expected) + 1, unexcused: Number(before.m08.unexcused) + 1 });
      expect(await queryRows(db, `select item_no, "for", against, abstain, declared, source_line from raw_votes where source_file = 'protocol-presidium-2023-12-27.txt' order by item_no`)).toEqual([
        { item_no: 1, for: 6, against: 0, abstain: 0, declared: 'adopted', source_line: 25 },
        { item_no: 2, for: 4, against: 1, abstain: 1, declared: 'adopted', source_line: 29 },
      ]);
    } finally {
      db.close();
    }
  });
});
