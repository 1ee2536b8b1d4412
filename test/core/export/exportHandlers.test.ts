import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportContract, type ExportProgress } from '../../../shared/ipc/export';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';
import { ChosenPaths } from '../../../electron/handlers/chosenPaths';
import { createExportHandlers } from '../../../electron/handlers/export';
import { makeFixture, type ExportFixture } from './exportFixture';

let fixture: ExportFixture;
let services: CoreServices;
beforeEach(async () => {
  fixture = await makeFixture();
  await fixture.library.close();
  services = await createCoreServices({
    libraryRoot: fixture.library.root,
    dataDir: join(fixture.base, 'data'),
  });
});
afterEach(async () => {
  await services.close();
  await fixture.cleanup();
});

it('serves preview, run and Copy as Markdown from the contract, with progress events', async () => {
  const handlers = createExportHandlers(services, new ChosenPaths('accept'));
  const destination = join(fixture.base, 'out');
  // Input as the renderer sends it, validated the way main does.
  const input = exportContract.run.input.parse({
    scope: { kind: 'conference', id: fixture.conferenceId },
    flavor: 'obsidian',
    folder: true,
    destination,
    runId: 'run-1',
  });
  const preview = await handlers.preview(input);
  expect(preview.files.map((file) => file.path)).toEqual([
    'All Day DevOps 2021.md',
    'CAMS Then and Now.md',
    'Gamification of Chaos Testing.md',
    'images/derek-weeks.png',
    'images/thomas-krag-slide.png',
    'images/slide.png',
    'images/slide-2.png',
    'images/chaos-monkey.png',
  ]);
  expect(preview.files.every((file) => !file.exists)).toBe(true);

  const progress: ExportProgress[] = [];
  const stop = services.exporter.onProgress((event) => progress.push(event));
  const result = await handlers.run(input);
  stop();
  expect(result.files).toEqual(preview.files);
  expect(progress.every((event) => event.runId === 'run-1')).toBe(true);
  expect(progress.map((event) => event.phase)).toEqual([
    'reading',
    'reading',
    'writing',
    ...Array<string>(8).fill('writing'),
    'done',
  ]);
  expect(progress.at(-1)).toMatchObject({ done: 8, total: 8 });

  const again = await handlers.preview(input);
  expect(again.files.every((file) => file.exists)).toBe(true);

  const copy = await handlers.talkMarkdown(
    exportContract.talkMarkdown.input.parse({ talkId: fixture.chaosId }),
  );
  expect(copy.markdown.startsWith('# Gamification of Chaos Testing — Bram Vogelaar\n\n')).toBe(
    true,
  );
});

it('refuses a relative destination from the renderer', async () => {
  const handlers = createExportHandlers(services, new ChosenPaths('accept'));
  const input = exportContract.run.input.parse({ scope: { kind: 'library' }, destination: 'out' });
  await expect(handlers.run(input)).rejects.toMatchObject({ code: 'invalid-input' });
});
