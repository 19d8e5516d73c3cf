/**
 * Charts as pictures on a streamed sheet. exceljs's streaming WorksheetWriter
 * supports only background images, and the in-memory Workbook costs ~1.6 GB
 * per 100 k rows, so this adds the missing OOXML parts itself: the PNGs go in
 * as workbook media (exceljs writes them), and per sheet we write a drawing
 * part (xl/drawings/drawingN.xml, one anchored <xdr:pic> per image) with its
 * rels, link it from the sheet's rels, write <drawing r:id> where the schema
 * wants it (just before <legacyDrawing>), and list the part in
 * [Content_Types].xml. Tested by reading the images back with exceljs and by
 * LibreOffice's conversion (tests/e2e/reportsWorkbook.test.ts).
 */
import type ExcelJS from 'exceljs';
import type { SheetImage } from './WorkbookModel.ts';

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const EMU_PER_PX = 9525;

/** The private parts of exceljs's stream writers this module touches. */
interface WorkbookInternals {
  zip: { append(source: string, options: { name: string }): void };
  addContentTypes(): Promise<void>;
  media: unknown[];
  _kenesDrawings?: { name: string }[];
}
interface WorksheetInternals {
  id: number;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  stream: { write(text: string): void };
}

/** Places `images` one below the other, their top-left corner at (column `col`, row `row`), both 0-based. */
export function addSheetImages(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  worksheet: ExcelJS.Worksheet,
  images: SheetImage[],
  col: number,
  row: number,
): void {
  if (images.length === 0) return;
  const wb = workbook as unknown as WorkbookInternals;
  const ws = worksheet as unknown as WorksheetInternals;
  const drawingName = `drawing${ws.id}`;

  const rels: string[] = [];
  const anchors: string[] = [];
  let top = row;
  images.forEach((image, i) => {
    const mediaId = workbook.addImage({ buffer: Buffer.from(image.png) as unknown as ExcelJS.Buffer, extension: 'png' });
    const rId = `rId${i + 1}`;
    rels.push(`<Relationship Id="${rId}" Type="${IMAGE_REL}" Target="../media/image${mediaId}.png"/>`);
    anchors.push(
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:ext cx="${image.width * EMU_PER_PX}" cy="${image.height * EMU_PER_PX}"/>` +
        `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
        `<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${image.width * EMU_PER_PX}" cy="${image.height * EMU_PER_PX}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
        `<xdr:clientData/></xdr:oneCellAnchor>`,
    );
    // Rows are ~20 px high by default: leave a gap of two rows under each picture.
    top += Math.ceil(image.height / 20) + 2;
  });

  wb.zip.append(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`,
    { name: `xl/drawings/${drawingName}.xml` },
  );
  wb.zip.append(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    { name: `xl/drawings/_rels/${drawingName}.xml.rels` },
  );
  const drawingRel = ws._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: `../drawings/${drawingName}.xml` });

  const writeLegacyData = ws._writeLegacyData.bind(ws);
  ws._writeLegacyData = () => {
    ws.stream.write(`<drawing r:id="${drawingRel}"/>`);
    writeLegacyData();
  };

  if (!wb._kenesDrawings) {
    wb._kenesDrawings = [];
    const drawings = wb._kenesDrawings;
    const addContentTypes = wb.addContentTypes.bind(wb);
    // exceljs's ContentTypesXform lists model.drawings; the stream writer never passes any.
    wb.addContentTypes = async function (this: WorkbookInternals & { _worksheets: unknown[]; sharedStrings: unknown; commentRefs: unknown }) {
      const zip = wb.zip;
      const original = zip.append.bind(zip);
      zip.append = (source: string, options: { name: string }) => {
        if (options.name === '[Content_Types].xml') {
          const overrides = drawings
            .map((d) => `<Override PartName="/xl/drawings/${d.name}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`)
            .join('');
          source = source.replace('</Types>', `${overrides}</Types>`);
        }
        original(source, options);
      };
      try {
        await addContentTypes();
      } finally {
        zip.append = original;
      }
    };
  }
  wb._kenesDrawings.push({ name: drawingName });
}
