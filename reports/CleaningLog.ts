/**
 * Where an output's text was changed by cleanOutputText, so that nothing is
 * changed silently: writers record each changed text (file, place, what was
 * changed) and `kenes report` prints one warning per file, e.g.
 * "annual-report-2023.xlsx: 2 texts cleaned — control characters removed (Состав!C4, Мероприятия!D12)".
 * The workbook also carries a note on each changed cell (see writeWorkbook).
 */
import { basename } from 'node:path';
import { cleanOutputText, type CleanReason } from './cleanOutputText.ts';

export interface CleanedText {
  file: string;
  /** The place in the file: a cell (`Состав!C4`), a chart, a line of the draft. */
  where: string;
  changed: CleanReason[];
}

const WHAT: Record<CleanReason, string> = {
  control: 'control characters removed',
  noncharacter: 'non-characters (U+FFFE, U+FFFF) removed',
  surrogate: 'broken characters (lone surrogates) removed',
  bidi: 'open direction marks closed',
  cut: 'over-long text cut',
};
/** Places listed per reason; the rest are counted. */
const SHOWN = 5;

export class CleaningLog {
  readonly entries: CleanedText[] = [];

  /** `text` cleaned; a change is recorded at `file`, `where`. */
  clean(text: string, file: string, where: string, maxLength?: number): string {
    const result = cleanOutputText(text, { maxLength });
    if (result.changed.length > 0) this.entries.push({ file, where, changed: result.changed });
    return result.text;
  }

  record(file: string, where: string, changed: CleanReason[]): void {
    if (changed.length > 0) this.entries.push({ file, where, changed });
  }

  /** One line per file that had text changed, in the order the files were written. */
  summaries(): string[] {
    const byFile = new Map<string, CleanedText[]>();
    for (const e of this.entries) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    return [...byFile].map(([file, entries]) => {
      const parts = (Object.keys(WHAT) as CleanReason[]).flatMap((reason) => {
        const places = [...new Set(entries.filter((e) => e.changed.includes(reason)).map((e) => e.where))];
        if (places.length === 0) return [];
        const more = places.length > SHOWN ? `, and ${places.length - SHOWN} more` : '';
        return [`${WHAT[reason]} (${places.slice(0, SHOWN).join(', ')}${more})`];
      });
      const count = entries.length;
      return `${basename(file)}: ${count} text${count === 1 ? '' : 's'} cleaned — ${parts.join('; ')}`;
    });
  }
}
