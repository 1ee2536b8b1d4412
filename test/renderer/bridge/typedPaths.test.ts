import { expect, it } from 'vitest';
import { withTypedPaths } from '../../../renderer/bridge/typedPaths';
import type { Transport } from '../../../shared/ipc/buildApi';

/** The preview's stand-in for main's dialogs (renderer/bridge/typedPaths.ts). */
function recording() {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const transport: Transport = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      return { ok: true, value: { handle: 'chosen:x', label: 'x', count: 1 } };
    },
    subscribe: () => () => {},
  };
  return { calls, transport };
}

it('asks for a path where main would show a dialog, and sends what was typed', async () => {
  const { calls, transport } = recording();
  const questions: string[] = [];
  const bridged = withTypedPaths(transport, (question) => {
    questions.push(question);
    return '  /home/me/schedule.ics ';
  });
  await bridged.invoke('confnotes:files.choose', { purpose: 'schedule' });
  expect(questions[0]).toMatch(/schedule file/);
  expect(calls).toEqual([
    {
      channel: 'confnotes:files.choose',
      input: { purpose: 'schedule', typed: '/home/me/schedule.ics' },
    },
  ]);
  // Every other call passes as it is.
  await bridged.invoke('confnotes:library.list', {});
  expect(calls[1]).toEqual({ channel: 'confnotes:library.list', input: {} });
});

it('chooses nothing when the prompt is cancelled or left empty', async () => {
  for (const answer of [null, '   ']) {
    const { calls, transport } = recording();
    const envelope = await withTypedPaths(transport, () => answer).invoke(
      'confnotes:files.choose',
      { purpose: 'import' },
    );
    expect(envelope).toEqual({ ok: true, value: null });
    expect(calls).toEqual([]);
  }
});
