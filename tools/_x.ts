import { parseProtocol } from '../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../sources/readers/readDocumentText.ts';
const t = await readDocumentText(process.argv[2]);
const x = parseProtocol(t);
console.log(JSON.stringify(x, (k, v) => v, 1).replace(/\n\s+/g, ' ').replace(/\{ "name"/g, '\n{ "name"').replace(/\{ "for"/g, '\n{ "for"').replace(/\{ "line"/g, '\n{ "line"'));
