#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx confnotes` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
