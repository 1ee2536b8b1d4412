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

it('Export dialog says where each flavour’s files land, tied to the destination field', () => {
  renderDialog();
  const destination = container.querySelector<HTMLInputElement>('input:not([type])')!;
  const hint = () => document.getElementById(destination.getAttribute('aria-describedby')!)!;
  expect(hint().textContent).toContain('page bundle');
  expect(hint().textContent).toContain('my-talk.md, gets its images in my-talk/images/');
  expect(destination.placeholder).toBe('/home/me/blog/content/posts');

  choose(container.querySelector('select')!, 'jekyll');
  expect(hint().textContent).toContain('_posts/');
  expect(hint().textContent).toContain('/images/');
  expect(hint().textContent).toContain('baseurl');
  expect(destination.placeholder).toBe('/home/me/blog');
});

it('Export dialog preview says which baseurl the image links start with', async () => {
  const preview = { destination: '/home/me/blog', files: [], warnings: [], baseurl: '/my-blog' };
  Object.assign(window, {
    api: { export: { onProgress: () => () => {}, preview: () => Promise.resolve(preview) } },
  });
  renderDialog();
  choose(container.querySelector('select')!, 'jekyll');
  const destination = container.querySelector<HTMLInputElement>('input:not([type])')!;
  act(() => {
    // React tracks the value it set; the native setter makes the change visible to it.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      destination,
      '/home/me/blog',
    );
    destination.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const check = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Check')!;
  await act(async () => {
    check.click();
    await Promise.resolve();
  });
  expect(container.textContent).toContain('Image links start with /my-blog/');
});
