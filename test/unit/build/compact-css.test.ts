import { describe, expect, it } from 'vitest';
import { compactCss, compactCssText } from '../../../build/compact-css';

describe('compactCssText', () => {
  it('drops comments and layout whitespace, keeping selectors and values as they were', () => {
    const css = `
/* a note */
:host([data-theme="dark"]) .why > li { font: 500 11px/1.2 system-ui, "Segoe UI";
  max-width: min(320px, calc(100vw - 16px)); }
button:focus-visible { outline: 2px solid #2563eb; }
`;
    expect(compactCssText(css)).toBe(
      ':host([data-theme="dark"]) .why>li{font:500 11px/1.2 system-ui,"Segoe UI";max-width:min(320px,calc(100vw - 16px))}button:focus-visible{outline:2px solid #2563eb}',
    );
  });

  it('keeps quoted strings as written, apostrophes in comments included', () => {
    const css = `/* don't touch */ a[title="x , y"] > b::after { content: 'a > b; c: d  e'; }`;
    expect(compactCssText(css)).toBe(`a[title="x , y"]>b::after{content:'a > b; c: d  e'}`);
  });

  it('rewrites only *_CSS literals without interpolation in src files', () => {
    const transform = compactCss().transform as (code: string, id: string) => { code: string } | null;
    const code = 'const A_CSS = `\n.a { color: red; }\n`;\nconst B_CSS = `\n.b { color: ${c}; }\n`;\nconst note = `\n  x  `;';
    expect(transform(code, '/r/src/content/x.ts')?.code).toBe('const A_CSS = `.a{color:red}`;\nconst B_CSS = `\n.b { color: ${c}; }\n`;\nconst note = `\n  x  `;');
    expect(transform(code, '/r/node_modules/x.ts')).toBeNull();
  });
});
