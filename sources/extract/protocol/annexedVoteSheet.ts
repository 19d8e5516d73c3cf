import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { APPENDIX_HEADING } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A protocol's votes told again on a sheet annexed after the signatures ("Приложение 2 к протоколу № 7" / "Лист голосования",
 * "2-қосымша" / "Дауыс беру парағы", set 165), each row a vote the body tells under its question ("Голосование: 7/1/1 (лист
 * голосования – Приложение 2, п. 1)", "Жоғарыда аталған 10 мүше жобаны бірауыздан жақтады (дауыс беру парағы, 3-жол)").
 * Read with the body, each row was a vote more, on the last question. The sheet is read apart and each row joined to the
 * body's vote it restates: the body's vote stands, what it leaves unsaid (its counts, the word for all, the result) the
 * sheet's row says; where the two say otherwise, that value is not stated.
 */

const APPENDIX_OPENS = re(`^\\s*${APPENDIX_HEADING}(?![\\p{L}])`);
/** The sheet's heading: "Лист голосования", "Лист поименного голосования", "Дауыс беру парағы", "Дауыс беру нәтижелерінің парағы". */
const SHEET_HEADING = re(`^\\s*(?:лист\\s+(?:[\\p{L}]+\\s+)?голосовани[\\p{L}]*|(?:[\\p{L}]+\\s+)?дауыс\\s+беру\\s+(?:[\\p{L}]+\\s+)?парағы)\\s*:?\\s*$`);
export interface LineRange {
  /** 0-based, the sheet's heading. */
  from: number;
  /** 0-based, exclusive: the next appendix's label or the end. */
  to: number;
}

/**
 * The lines of the annexed sheet of votes, or null when the protocol has none: from its heading, a line of its own ("Лист
 * голосования", "Дауыс беру парағы" — its appendix's label above it may be blanked already, a document's label read as
 * another's), to the next appendix's label or the end.
 */
export function voteSheetOf(lines: string[]): LineRange | null {
  for (let i = 1; i < lines.length; i++) {
    if (!SHEET_HEADING.test(lines[i])) continue;
    let to = i + 1;
    while (to < lines.length && !APPENDIX_OPENS.test(lines[to])) to++;
    return { from: i, to };
  }
  return null;
}

/** The lines with those of `range` blanked (`inside` false), or with all but them blanked (`inside` true). */
export function blankedLines(lines: string[], range: LineRange, inside: boolean): string[] {
  return lines.map((l, k) => ((k >= range.from && k < range.to) === inside ? l : ''));
}

const COUNTS = ['for', 'against', 'abstain'] as const;

/**
 * The body's votes with the sheet's rows joined to them, one row a vote in the same order. A sheet of another number of
 * votes than the body's cannot be paired surely: the body's votes alone (and an issue); a body with no vote: the sheet's.
 */
export function withVoteSheet(body: ProtocolVote[], sheet: ProtocolVote[], issues: ExtractIssue[]): ProtocolVote[] {
  if (sheet.length === 0) return body;
  if (body.length === 0) return sheet;
  if (sheet.length !== body.length) {
    issues.push({ line: sheet[0].line, message: `vote: the annexed sheet tells ${sheet.length} votes, the protocol ${body.length}: the sheet's not joined to them` });
    return body;
  }
  return body.map((v, k) => {
    const row = sheet[k];
    const out = { ...v };
    const differ: string[] = [];
    // "Единогласно." in the body, a vote against on the sheet: the two disagree on every count.
    if (out.unanimous === true && (Boolean(row.against) || Boolean(row.abstain))) {
      issues.push({ line: v.line, message: `vote: unanimous here, the annexed sheet (line ${row.line}) counts votes against or abstaining: its counts not taken` });
      return out;
    }
    for (const c of COUNTS) {
      if (out[c] === null) out[c] = row[c];
      else if (row[c] !== null && row[c] !== out[c]) {
        differ.push(c);
        out[c] = null;
      }
    }
    if (out.declared === null) out.declared = row.declared;
    else if (row.declared !== null && row.declared !== out.declared) {
      differ.push('result');
      out.declared = null;
    }
    // (Counts the sheet adds with none against and none abstaining, under a body's word for all, agree with it.)
    if (out.unanimous === null || (out.unanimous === false && row.unanimous === true && !out.against && !out.abstain)) out.unanimous = row.unanimous;
    if (differ.length > 0) issues.push({ line: v.line, message: `vote: the annexed sheet (line ${row.line}) gives another ${differ.join(', ')}: not stated` });
    return out;
  });
}
