import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../shared/links';

describe('linkTarget', () => {
  it.each([
    ['assets/slide-01.png', 'relative'],
    ['#notes', 'relative'],
    ['../2021/keynote.md', 'relative'],
    ['', 'relative'],
    ['https://example.com', 'absolute'],
    ['mailto:a@example.com', 'absolute'],
    ['javascript:alert(1)', 'absolute'],
    // Browsers skip these inside a scheme, so the scheme is still read.
    ['java\tscript:alert(1)', 'absolute'],
    [' \u0000javascript:alert(1)', 'absolute'],
    ['//evil.example/x', 'other-machine'],
    ['\\\\server\\share\\x.png', 'other-machine'],
    [' \n//evil.example/x', 'other-machine'],
  ])('%j is %s', (url, kind) => {
    expect(linkTarget(url)).toBe(kind);
  });
});
