/** Compacts the CSS text of `const NAME_CSS = `...`` template literals in content-script sources:
 * comments and layout whitespace are for the source's readers, and the minifier leaves string
 * contents alone. The rules themselves are untouched (spaces inside selectors and values stay,
 * quoted strings are kept as written). */
import type { Plugin } from 'vite';

const CSS_LITERAL = /(\b[A-Z][A-Z0-9_]*_CSS = )`([^`$\\]*)`/g;

export function compactCssText(css: string): string {
  // Quoted strings (attribute values, `content`) keep every character: they are set aside after
  // comments go (a comment may hold an apostrophe) and put back at the end.
  const strings: string[] = [];
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"|'[^']*'/g, (quoted) => `\uE000${strings.push(quoted) - 1}\uE000`);
  return bare
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    // Inside a rule's braces a colon only separates property from value (selectors sit outside).
    .replace(/\{[^{}]*\}/g, (block) => block.replace(/: /g, ':'))
    .trim()
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => strings[Number(i)] ?? '');
}

export function compactCss(): Plugin {
  return {
    name: 'humo:compact-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('_CSS = `')) return null;
      return { code: code.replace(CSS_LITERAL, (_, head: string, css: string) => `${head}\`${compactCssText(css)}\``), map: null };
    },
  };
}
