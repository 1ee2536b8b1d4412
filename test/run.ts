/**
 * `npm test`: every check the project has, one after the other, carrying on
 * past a failure so one run shows everything; ends with one line
 * `N passed, N failed` (each vitest test counts one, each other step one).
 * Extra arguments go to vitest (e.g. `npm test -- test/core`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const vitestArgs = process.argv.slice(2);
const results = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const ok = status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  results[ok ? 'passed' : 'failed']++;
  return ok;
}

step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
step('lint', 'npm', ['run', '--silent', 'lint']);
const built = step('build', 'npm', ['run', '--silent', 'build']);
// Electron's security linter over the built main and preload (issue 8); accepted findings are documented.
if (built) step('electronegativity', 'npm', ['run', '--silent', 'lint:electron']);

const report = '.tmp/vitest.json';
mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });
const projects = built ? [] : ['--project', 'node', '--project', 'renderer'];
console.log(`\n▶ vitest${built ? '' : ' (no build: end-to-end tests left out)'}`);
spawnSync(
  'npx',
  [
    'vitest',
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...vitestArgs,
  ],
  {
    stdio: 'inherit',
  },
);
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[]; name: string }>;
  };
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  // A test file that fails to load runs no test; it still counts as a failure.
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      console.log(`✘ ${file.name} did not load`);
      results.failed++;
    }
  }
} catch {
  console.log('✘ vitest wrote no report');
  results.failed++;
}

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exitCode = results.failed > 0 ? 1 : 0;
