/**
 * `npm run bench -- NAME [flags]`: runs test/bench/NAME.ts, which prints its
 * figures and ends with one JSON object on its last line.
 */
const [benchName, ...rest] = process.argv.slice(2);
/** Bench name → its file in test/bench/. */
const known: Record<string, string> = {
  search: 'search',
  export: 'export',
  import: 'import',
  'import-quality': 'importQuality',
  editor: 'editor',
  app: 'app',
  history: 'history',
  slides: 'slides',
};
const file = benchName ? known[benchName] : undefined;
if (!file) {
  console.error(`usage: npm run bench -- (${Object.keys(known).join('|')}) [flags]`);
  process.exit(2);
}
process.argv = [process.argv[0], `test/bench/${file}.ts`, ...rest];
await import(`./${file}.ts`);

export {};
