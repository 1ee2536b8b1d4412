export { normalizeMarkdown, parseMarkdown, stringifyMarkdown, STRINGIFY_OPTIONS } from './engine';
export { joinFrontMatter, splitFrontMatter, type SplitNote } from './frontMatter';
export { markdownToPlainText, treeToPlainText } from './plainText';
