import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  cspDirectives,
} from '../../shared/csp';

const directives = new Map(cspDirectives());
const sources = (name: string) => (directives.get(name) ?? '').split(/\s+/).filter(Boolean);

describe('the Content-Security-Policy', () => {
  it('lets scripts come only from the app itself: no inline, no eval, no remote code', () => {
    expect(sources('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/,
    );
  });

  it('denies by default and names every fetch it allows', () => {
    expect(sources('default-src')).toEqual(["'none'"]);
    for (const name of [
      'object-src',
      'frame-src',
      'child-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(sources(name), name).toEqual(["'none'"]);
    }
  });

  it('loads nothing from the network: no http(s) source, host or wildcard anywhere', () => {
    for (const [name, value] of directives) {
      for (const source of value.split(/\s+/)) {
        expect(source, `${name} ${source}`).not.toMatch(
          /^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i,
        );
      }
    }
  });

  it('shows images from the library protocol, never from the web', () => {
    expect(sources('img-src')).toContain('confnotes-asset:');
    expect(sources('img-src')).not.toContain('https:');
  });

  it('gives the meta tag the same policy minus what meta tags ignore', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(new Map(cspDirectives(CONTENT_SECURITY_POLICY_META))).toEqual(
      new Map([...directives].filter(([name]) => name !== 'frame-ancestors')),
    );
  });
});
