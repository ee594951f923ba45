// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', () => ({
  default: { i18n: { getMessage: () => '', getUILanguage: () => 'en' } },
}));

const { Tabs } = await import('../../../src/popup/Tabs');
const { Chart } = await import('../../../src/popup/Chart');
const { MuteToggle } = await import('../../../src/popup/MuteToggle');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const key = (el: Element, k: string): void => {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
};

describe('Tabs', () => {
  it('is an ARIA tablist whose arrow keys move and select', () => {
    let selected: 'value' | 'sells' = 'value';
    const draw = (): void =>
      render(
        <Tabs<'value' | 'sells'>
          label="Board"
          tabs={[
            { id: 'value', label: 'Adds value' },
            { id: 'sells', label: 'Only sells' },
          ]}
          selected={selected}
          onSelect={(id) => {
            selected = id;
            draw();
          }}
        >
          <p>{selected}</p>
        </Tabs>,
        root,
      );
    act(draw);
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1']);
    key(tabs[0]!, 'ArrowRight');
    expect(selected).toBe('sells');
    expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe('tab-sells');
    expect(document.activeElement?.id).toBe('tab-sells');
    key(tabs[1]!, 'ArrowRight'); // wraps
    expect(selected).toBe('value');
    key(tabs[0]!, 'End');
    expect(selected).toBe('sells');
  });
});

describe('Chart', () => {
  const days = Array.from({ length: 30 }, (_, i) => ({ day: `2024-03-${String(i + 1).padStart(2, '0')}`, seen: i % 5 === 0 ? 0 : 10, promo: i % 10 }));
  const byPlatform = { x: days, facebook: days.map((d) => ({ ...d, seen: 0, promo: 0 })), linkedin: days };

  it('draws one bar per day with a tooltip and reads days out with the keyboard', () => {
    act(() => render(<Chart all={days} byPlatform={byPlatform} locale="en" />, root));
    const rects = root.querySelectorAll('rect.bar');
    expect(rects).toHaveLength(30);
    expect(rects[1]!.querySelector('title')!.textContent).toBe('Mar 2: 1 of 10 posts selling (10%) · X 10% · LinkedIn 10%');
    expect(root.querySelectorAll('rect.bar.empty')).toHaveLength(6);
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    const chart = root.querySelector('.chart')!;
    expect(chart.getAttribute('tabindex')).toBe('0');
    const readout = root.querySelector('#chart-readout')!;
    expect(readout.textContent).toMatch(/^Last 30 days: \d+% of what you saw was selling$/);
    key(chart, 'End');
    expect(readout.textContent).toBe('Mar 30: 9 of 10 posts selling (90%) · X 90% · LinkedIn 90%');
    key(chart, 'Home');
    expect(readout.textContent).toBe('Mar 1: nothing seen');
    expect(root.querySelector('rect.bar.active')).toBe(rects[0]);
  });
});

describe('MuteToggle', () => {
  it('is a labelled switch that reports the flipped state', () => {
    const onChange = vi.fn();
    act(() => render(<MuteToggle checked={false} onChange={onChange} />, root));
    const sw = root.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById(sw.getAttribute('aria-labelledby')!)!.textContent).toBe('Mute the sellers');
    act(() => sw.click());
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
