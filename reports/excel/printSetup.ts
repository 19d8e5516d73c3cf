/**
 * How every sheet of kenes's workbooks prints: A4 landscape, as wide as the page (fitToWidth 1,
 * as many pages down as it takes: fitToHeight 0), the header row repeated on every page (print
 * titles), and a footer naming the council, the period and the page ("3 / 29") — so a page that
 * leaves the binder still says whose report it is.
 */
import type ExcelJS from 'exceljs';
import { cleanOutputText } from '../cleanOutputText.ts';

const A4 = 9;
/** Excel refuses a header or footer longer than 255 characters. */
const FOOTER_MAX = 255;
/** Room kept for the codes (&L, &C, &R, &P / &N) and the period. */
const FOOTER_CODES = 40;

export interface PrintOptions {
  /** The council's name, left in the footer. */
  council?: string;
  /** The period, in the middle of the footer. */
  period: string;
  /** Rows repeated at the top of every printed page ("2:2"); none on a sheet without a header. */
  titleRows?: string;
}

export function printSetup(options: PrintOptions): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
    } as Partial<ExcelJS.PageSetup>,
    headerFooter: { oddFooter: footerText(options.council, options.period) } as Partial<ExcelJS.HeaderFooter>,
  };
}

/** `&L<council>&C<period>&R&P / &N`: texts with their ampersands doubled, as the footer codes need. */
export function footerText(council: string | undefined, period: string): string {
  const room = FOOTER_MAX - FOOTER_CODES;
  const periodText = footerPart(period, 30);
  const councilText = council ? footerPart(council, room - periodText.length) : '';
  return `${councilText ? `&L${councilText}` : ''}&C${periodText}&R&P / &N`;
}

/** A text for a footer: one line, clean, cut with "…" to `max` characters, each & written as &&. */
function footerPart(text: string, max: number): string {
  const line = cleanOutputText(text.replace(/\s+/g, ' ').trim(), { maxLength: max }).text;
  // A doubled & takes two characters: cut again while the escaped text is too long.
  let escaped = line.replace(/&/g, '&&');
  for (let cut = line.length; escaped.length > max && cut > 1; cut--) escaped = `${line.slice(0, cut - 1)}…`.replace(/&/g, '&&');
  return escaped;
}
