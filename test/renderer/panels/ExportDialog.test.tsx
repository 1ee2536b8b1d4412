import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ExportDialog } from '../../../renderer/panels/ExportDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
beforeEach(() => {
  // The dialog only subscribes to progress until the user asks for a preview.
  Object.assign(window, { api: { export: { onProgress: () => () => {} } } });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** The dialog with nothing selected in the library. */
function renderDialog() {
  act(() =>
    root.render(
      <ExportDialog
        tree={undefined}
        selection={undefined}
        pane={{ current: null }}
        open={async () => {}}
        show={() => {}}
        onClose={() => {}}
        showTalks={() => {}}
      />,
    ),
  );
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const CHOSEN = { handle: `chosen:${'a'.repeat(22)}`, label: '/home/me/blog', count: 1 };

function button(name: string): HTMLButtonElement {
  return [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
}

async function click(name: string) {
  await act(async () => {
    button(name).click();
    await Promise.resolve();
  });
}

it('Export dialog says where each flavour’s files land, tied to the destination', () => {
  renderDialog();
  const destination = container.querySelector<HTMLElement>('.export-destination')!;
  const hint = () => document.getElementById(destination.getAttribute('aria-describedby')!)!;
  expect(hint().textContent).toContain('page bundle');
  expect(hint().textContent).toContain('my-talk.md, gets its images in my-talk/images/');

  choose(container.querySelector('select')!, 'jekyll');
  expect(hint().textContent).toContain('_posts/');
  expect(hint().textContent).toContain('/images/');
  expect(hint().textContent).toContain('baseurl');
});

it('Export dialog exports to the folder chosen in main’s dialog, by its handle, keeping HTML when asked', async () => {
  const preview = { destination: '/home/me/blog', files: [], warnings: [], baseurl: '/my-blog' };
  const requests: Array<{ destination: string; keepHtml?: boolean }> = [];
  Object.assign(window, {
    api: {
      export: {
        onProgress: () => () => {},
        preview: (request: { destination: string; keepHtml?: boolean }) => {
          requests.push(request);
          return Promise.resolve(preview);
        },
      },
      files: { choose: () => Promise.resolve(CHOSEN) },
    },
  });
  renderDialog();
  choose(container.querySelector('select')!, 'jekyll');
  // No path is typed anywhere: the destination is what main's dialog answered.
  expect(container.querySelector('input:not([type])')).toBeNull();
  expect(button('Check').disabled).toBe(true);
  await click('Choose folder…');
  expect(container.querySelector('.chosen-file')!.textContent).toBe('/home/me/blog');
  await click('Check');
  expect(container.textContent).toContain('Image links start with /my-blog/');
  expect(requests[0]).toMatchObject({ destination: CHOSEN.handle, keepHtml: false });

  const keep = [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
    (box) => box.parentElement?.textContent?.includes('Keep HTML as written'),
  )!;
  act(() => keep.click());
  await click('Check');
  expect(requests[1]).toMatchObject({ destination: CHOSEN.handle, keepHtml: true });
});
