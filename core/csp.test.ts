import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('contentSecurityPolicy', () => {
  it('allows only this origin unless an API origin is given', () => {
    expect(contentSecurityPolicy([])).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(['https://api.rivion.app'])).toContain(
      "connect-src 'self' https://api.rivion.app;",
    );
  });

  it('forbids inline scripts, inline styles, plugins and framing', () => {
    const policy = contentSecurityPolicy([]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });
});
