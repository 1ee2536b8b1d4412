/**
 * `npm run bench -- NAME [flags]`: runs test/bench/NAME.ts, which prints its
 * figures and ends with one JSON object on its last line.
 */
const [benchName, ...rest] = process.argv.slice(2);
const known = ['search', 'export', 'import', 'editor', 'app', 'history', 'slides'];
if (!benchName || !known.includes(benchName)) {
  console.error(`usage: npm run bench -- (${known.join('|')}) [flags]`);
  process.exit(2);
}
process.argv = [process.argv[0], `test/bench/${benchName}.ts`, ...rest];
await import(`./${benchName}.ts`);

export {};
