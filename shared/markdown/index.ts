export { normalizeMarkdown, parseMarkdown, stringifyMarkdown } from './engine';
export { joinFrontMatter, splitFrontMatter } from './frontMatter';
export { markdownToPlainText } from './plainText';
