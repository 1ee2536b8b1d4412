import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, isHTMLAnchorElement } from 'lexical';
import { useEffect } from 'react';
import { isSafeLinkUrl } from '../links/safeUrl';

interface Props {
  onOpenLink: (url: string) => void;
}

/**
 * Links never navigate the window: every click on one is cancelled, and the
 * link's URL (as written in the note, checked by isSafeLinkUrl) goes to
 * `onOpenLink`. While editing, a plain click places the caret and
 * Ctrl/Cmd+click opens; a read-only note opens on a plain click.
 */
export function LinkClickPlugin({ onOpenLink }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (anchor === null || !isHTMLAnchorElement(anchor)) return;
      event.preventDefault();
      const wantsOpen =
        !editor.isEditable() || event.metaKey || event.ctrlKey || event.button === 1;
      if (!wantsOpen) return;
      const url = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(anchor);
        const link = node === null ? null : $findMatchingParent(node, $isLinkNode);
        return $isLinkNode(link) ? link.getURL() : null;
      });
      if (url !== null && isSafeLinkUrl(url)) onOpenLink(url);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      previous?.removeEventListener('auxclick', onClick);
      root?.addEventListener('click', onClick);
      root?.addEventListener('auxclick', onClick);
    });
  }, [editor, onOpenLink]);
  return null;
}
