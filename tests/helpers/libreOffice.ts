/**
 * Real LibreOffice (headless) for the tests that open an output the way its readers do: Calc's PDF export.
 * Each run gets a profile of its own, made before the run with one setting in it: the version the profile was
 * last used with. LibreOffice runs its graphics render tests at a start with a profile that has not seen this
 * version (utl::isProductVersionUpgraded) — 4096×4096 bitmaps filled and compared, results written to
 * GraphicsRenderTests.log — and a headless run never records the version, so every run paid for them again:
 * 5.0 s of CPU for a CSV of one line, 0.7 s without; the sample's annual workbook 10.9 s, 5.1 s (LibreOffice 7.4,
 * the same PDF to the byte). The tests draw nothing on a screen, so their verdict is of no use here.
 * (A LibreOffice kept running for the whole suite does not work: a headless instance quits after the first
 * conversion another `soffice --convert-to` hands it, and Node has no UNO client to give it work otherwise.)
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The soffice of this machine, if it has LibreOffice (the tests that need it are skipped without). */
export const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

/**
 * A version above any release: LibreOffice compares it with its own as numbers (major × 10 + minor) and runs the
 * render tests only when its own is higher, so the setting holds for whatever version the machine has.
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>99.9</value></prop></item>
</oor:items>
`;

/** A new LibreOffice profile in `dir` (which must not exist yet), and the argument that makes soffice use it. */
export async function libreOfficeProfile(dir: string): Promise<string> {
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(join(dir, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS, { flag: 'wx' });
  return `-env:UserInstallation=${pathToFileURL(dir).href}`;
}

/** How long a conversion may take before it is taken for a hang; a test that converts allows it and two minutes more for its reading. */
export const LIBREOFFICE_TIMEOUT_MS = 400_000;

/** `files` converted to PDF in `outDir` (each as its name with .pdf), in one LibreOffice run with a new profile in `profileDir`. */
export async function convertToPdf(files: string[], outDir: string, profileDir: string): Promise<void> {
  const profile = await libreOfficeProfile(profileDir);
  // A generous timeout: it is a LibreOffice that hangs that it turns into a failure, not a slow machine (the two
  // workbooks of reportsWorkbook.test.ts, 10 s of CPU, once took over 150 s on the 2-core machine at a load of 25).
  await run(SOFFICE!, ['--headless', profile, '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: LIBREOFFICE_TIMEOUT_MS });
}
