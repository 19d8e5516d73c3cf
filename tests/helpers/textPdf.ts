/**
 * A PDF written by hand with text placed where a test says (Helvetica, the
 * Latin alphabet), so a reader's layout rules are tested on geometry chosen
 * for the case: a cell wrapped in a table, a paragraph broken by the page,
 * an empty line. Real documents from LibreOffice are in tests/fixtures/pdf.
 */
export interface TextRun {
  x: number;
  /** The baseline, from the bottom of the page (PDF's coordinates). */
  y: number;
  text: string;
  size?: number;
  /** Degrees counter-clockwise: a stamp or a margin note. */
  rotate?: number;
  /** Drawn as marked content of its own (a tagged PDF's cell, as LibreOffice writes it): pdf.js keeps it an item of its own. */
  marked?: boolean;
}

export function textPdf(pages: TextRun[][], width = 595, height = 842): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: string[] = [];
  for (const runs of pages) {
    const content = runs.map((r) => {
      const size = r.size ?? 10;
      const a = ((r.rotate ?? 0) * Math.PI) / 180;
      const m = [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a)].map((v) => v.toFixed(4)).join(' ');
      const text = `BT /F1 ${size} Tf ${m} ${r.x} ${r.y} Tm (${r.text.replace(/[\\()]/g, '\\$&')}) Tj ET`;
      return r.marked ? `/P << /MCID 0 >> BDC ${text} EMC` : text;
    }).join('\n');
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
