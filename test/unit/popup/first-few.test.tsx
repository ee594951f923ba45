// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useFirstFew } from '../../../src/popup/hooks/useFirstFew';

function List({ items }: { items: number[] }) {
  const shown = useFirstFew(items, 3);
  return (
    <ol>
      {shown.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ol>
  );
}

describe('useFirstFew', () => {
  it('draws the first few items, then all of them once effects have run (after the paint)', () => {
    const root = document.createElement('div');
    const items = Array.from({ length: 10 }, (_, i) => i);
    render(<List items={items} />, root);
    expect(root.querySelectorAll('li')).toHaveLength(3);
    act(() => render(<List items={items} />, root));
    expect(root.querySelectorAll('li')).toHaveLength(10);
    render(null, root);
  });

  it('draws everything at once when there are no more than the few', () => {
    const root = document.createElement('div');
    act(() => render(<List items={[1, 2]} />, root));
    expect(root.querySelectorAll('li')).toHaveLength(2);
    render(null, root);
  });

  it('keeps drawing every item after the first time, as the list grows', () => {
    const root = document.createElement('div');
    act(() => render(<List items={[1, 2, 3, 4]} />, root));
    act(() => render(<List items={[1, 2, 3, 4, 5, 6, 7]} />, root));
    expect(root.querySelectorAll('li')).toHaveLength(7);
    render(null, root);
  });
});
