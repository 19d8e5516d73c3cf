/**
 * Whatever name a browser sends with a file, kenes serve saves it inside the inputs folder or
 * refuses it: `..` in any spelling, absolute and drive paths, backslashes used as folders, control
 * characters, hidden and Office lock-file names. And the content check: an upload is what its
 * extension says, by its bytes.
 */
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KenesError } from '../../sources/KenesError.ts';
import { checkUploadContent, uploadPath } from '../../serve/checkUpload.ts';

const INPUTS = resolve('/srv/kenes/ws/inputs');

function outcome(name: string): string {
  try {
    return relative(INPUTS, uploadPath(INPUTS, name)).split(sep).join('/');
  } catch (error) {
    if (error instanceof KenesError && error.code === 'serve.badFileName') return 'refused';
    throw error;
  }
}

describe('uploadPath', () => {
  it('keeps plain names and subfolders, and refuses every way out', () => {
    expect(outcome('appeals.csv')).toBe('appeals.csv');
    expect(outcome('2025/Обращения Q1.xlsx')).toBe('2025/Обращения Q1.xlsx');
    expect(outcome('2025\\protocols\\протокол 8.docx')).toBe('2025/protocols/протокол 8.docx'); // a Windows folder upload
    for (const name of ['../a.csv', '..', 'a/../../b.csv', '/etc/passwd', '\\\\server\\share\\a.csv', 'C:\\a.csv', 'c:a.csv', 'a//b.csv',
      './a.csv', 'a/./b.csv', '.env', 'a/.git/config', '~$appeals.xlsx', 'a\u0000.csv', 'a\n.csv', '', 'x'.repeat(256)]) {
      expect(outcome(name), JSON.stringify(name)).toBe('refused');
    }
  });

  it('never gives a path outside the inputs folder, whatever the name (property)', () => {
    const piece = fc.constantFrom('..', '.', '', 'a', 'б', '/', '\\', 'C:', '~$', '.x', '\u0000', ' ', '%2e%2e', '\u2024\u2024');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string(), (built, random) => {
      for (const name of [built, random, `${built}${random}`]) {
        const result = outcome(name);
        if (result === 'refused') continue;
        const path = join(INPUTS, ...result.split('/'));
        expect(path.startsWith(INPUTS + sep)).toBe(true);
        expect(result.split('/')).not.toContain('..');
      }
    }));
  });
});

describe('checkUploadContent', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  const code = (name: string, bytes: Uint8Array, mb = 1) => {
    try {
      checkUploadContent(name, bytes, mb);
      return 'ok';
    } catch (error) {
      return (error as KenesError).code;
    }
  };

  it('takes each type by its bytes and refuses the rest', () => {
    expect(code('a.xlsx', zip)).toBe('ok');
    expect(code('a.XLSX', zip)).toBe('ok');
    expect(code('a.docx', zip)).toBe('ok');
    expect(code('a.pdf', pdf)).toBe('ok');
    expect(code('a.csv', new TextEncoder().encode('a;b\n1;2\n'))).toBe('ok');
    expect(code('a.txt', new TextEncoder().encode('ПРОТОКОЛ'))).toBe('ok');
    expect(code('a.xlsx', pdf)).toBe('serve.badContent');
    expect(code('a.pdf', zip)).toBe('serve.badContent');
    expect(code('a.csv', zip)).toBe('serve.badContent'); // an .xlsx renamed .csv
    expect(code('a.txt', pdf)).toBe('serve.badContent');
    expect(code('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('serve.badType');
    expect(code('a', zip)).toBe('serve.badType');
    expect(code('a.csv', new Uint8Array(1024 * 1024 + 1))).toBe('serve.tooLarge');
    expect(code('a.csv', new Uint8Array(1024 * 1024).fill(0x41))).toBe('ok'); // exactly the limit
  });
});
