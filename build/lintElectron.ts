/**
 * `npm run lint:electron`: Electronegativity over the built main and preload
 * code (and the renderer's index.html, for its CSP meta tag). Every finding
 * must be listed, with its reason, in build/electronegativity-accepted.json;
 * anything else, or a file the scanner cannot parse, fails the run.
 *
 * The scanner's parser predates class private fields, so the code is bundled
 * again from the same entry points with esbuild lowering syntax to ES2019
 * (same modules, same calls; only syntax differs from dist-electron/).
 * Its network check (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which downloads
 * Electron's release list) is left out: this machine has no internet.
 */
import { build, type BuildOptions } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description?: string;
  sample?: string;
}
interface Accepted {
  id: string;
  file: string;
  /** Text the finding's code sample must contain, so one entry explains one place. */
  sample: string;
  reason: string;
}
type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{
  issues: Finding[];
  errors: Array<{ file: string; message?: string; error?: string }>;
}>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, '.tmp', 'electronegativity');
const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;

await rm(stage, { recursive: true, force: true });
await mkdir(stage, { recursive: true });
const common: BuildOptions = {
  bundle: true,
  external: ['electron'],
  target: 'es2019',
  // Folds constants (such as the CSP string) into the code the scanner reads.
  minifySyntax: true,
  logLevel: 'error',
};
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/main.ts')],
  outfile: path.join(stage, 'main.js'),
  platform: 'node',
  format: 'cjs',
});
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/preload.ts')],
  outfile: path.join(stage, 'preload.cjs'),
  platform: 'browser',
  format: 'cjs',
});
const html = ['dist/renderer/index.html', 'renderer/index.html']
  .map((file) => path.join(root, file))
  .find((file) => existsSync(file));
if (html) await copyFile(html, path.join(stage, 'index.html'));
// The scanner reads a CSP in JavaScript only when it is a literal at the call;
// main sends the shared constant. Write that exact header value out where the
// scanner evaluates policies, so the header is judged too, not just the meta tag.
await writeFile(
  path.join(stage, 'csp-header.html'),
  `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n`,
);

const run = require('@doyensec/electronegativity/dist/runner.js') as Runner;
const result = await run(
  {
    input: stage,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

const accepted = JSON.parse(
  await readFile(path.join(root, 'build/electronegativity-accepted.json'), 'utf8'),
) as Accepted[];
let unexplained = 0;
for (const finding of result.issues) {
  const match = accepted.find((a) => explains(a, finding));
  const where = `${finding.file}:${finding.location.line}:${finding.location.column}`;
  if (match) {
    console.log(`accepted     ${finding.id} at ${where}: ${match.reason}`);
  } else {
    unexplained++;
    console.log(
      `UNEXPLAINED  ${finding.id} at ${where}: ${finding.description ?? ''} ${finding.sample ?? ''}`,
    );
  }
}
for (const error of result.errors) {
  unexplained++;
  console.log(`PARSE ERROR  ${error.file}: ${error.message ?? error.error ?? 'unknown'}`);
}
const unused = accepted.filter((a) => !result.issues.some((f) => explains(a, f)));
for (const a of unused) console.log(`stale entry  ${a.id} in ${a.file} no longer found; remove it`);
const summary = {
  electronVersion,
  findings: result.issues.length,
  unexplained,
  parseErrors: result.errors.length,
};
console.log(JSON.stringify(summary));
process.exit(unexplained > 0 ? 1 : 0);

function explains(entry: Accepted, finding: Finding): boolean {
  const sample = finding.sample ?? '';
  const sampleFits = entry.sample === '' ? sample === '' : sample.includes(entry.sample);
  return entry.id === finding.id && entry.file === finding.file && sampleFits;
}
