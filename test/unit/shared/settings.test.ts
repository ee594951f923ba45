import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, MAX_PHRASES, repairSettings } from '../../../src/shared/settings';

describe('repairSettings', () => {
  it('returns defaults for nothing stored', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs field by field: a bad field falls back, good fields survive', () => {
    const repaired = repairSettings({ sensitivity: 'extreme', muteSellers: true, customPromo: ['abro plazas', 42, '', '  '] });
    expect(repaired.sensitivity).toBe('balanced');
    expect(repaired.muteSellers).toBe(true);
    expect(repaired.customPromo).toEqual(['abro plazas']);
  });

  it('bounds lists and drops duplicates', () => {
    const many = Array.from({ length: 500 }, (_, i) => `phrase ${i % 300}`);
    const repaired = repairSettings({ customValue: many, alwaysMute: ['x:ana', 'x:ana'] });
    expect(repaired.customValue.length).toBe(MAX_PHRASES);
    expect(repaired.alwaysMute).toEqual(['x:ana']);
  });

  it('never throws and always yields a valid shape', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = repairSettings(raw);
        expect(['relaxed', 'balanced', 'strict']).toContain(s.sensitivity);
        expect(typeof s.muteSellers).toBe('boolean');
        for (const list of [s.customPromo, s.customValue, s.alwaysMute, s.neverMute]) {
          expect(Array.isArray(list)).toBe(true);
          for (const item of list) expect(typeof item).toBe('string');
        }
      }),
    );
  });
});
