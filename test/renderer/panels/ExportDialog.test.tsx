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

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

it('Export dialog says where each flavour’s files land, tied to the destination field', () => {
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
  const destination = container.querySelector<HTMLInputElement>('input:not([type])')!;
  const hint = () => document.getElementById(destination.getAttribute('aria-describedby')!)!;
  expect(hint().textContent).toContain('page bundle');
  expect(destination.placeholder).toBe('/home/me/blog/content/posts');

  choose(container.querySelector('select')!, 'jekyll');
  expect(hint().textContent).toContain('_posts/');
  expect(hint().textContent).toContain('/images/');
  expect(destination.placeholder).toBe('/home/me/blog');
});
