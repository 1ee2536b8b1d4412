import {
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  CODE,
  type ElementTransformer,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  type Transformer,
  UNORDERED_LIST,
} from '@lexical/markdown';
import {
  $createHorizontalRuleNode,
  $isHorizontalRuleNode,
  HorizontalRuleNode,
} from '@lexical/react/LexicalHorizontalRuleNode';
import { $createParagraphNode } from 'lexical';

/**
 * `---` (or `***`, `___`) then a space or Enter turns the line into a
 * horizontal rule and leaves the caret on a fresh line below it.
 */
const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(?:---|\*\*\*|___)\s?$/,
  replace: (parentNode) => {
    const rule = $createHorizontalRuleNode();
    const next = parentNode.getNextSibling() ?? parentNode.insertAfter($createParagraphNode());
    parentNode.replace(rule);
    next.selectStart();
  },
  triggerOnEnter: true,
  type: 'element',
};

/**
 * Markdown typed in the editor becomes formatting as you type: `## `,
 * `- `, `1. `, `[ ] `, `> `, ```` ``` ````, `---`, `**bold**`, `_italic_`,
 * `~~strike~~`, `` `code` ``, `[text](url)`. Only these shortcuts are used
 * when typing; opening and saving notes goes through shared/markdown.
 * Order matters: `[ ] ` must be tried before `- `, `---` before `- `.
 */
export const NOTE_SHORTCUTS: Transformer[] = [
  HORIZONTAL_RULE,
  HEADING,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  CODE,
  INLINE_CODE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
];
