import { describe, expect, it } from 'vitest';
import source from '../../../manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, GECKO_ID, manifestFor } from '../../../build/manifest';

describe('manifest overlay (build/manifest.ts)', () => {
  it('builds Chrome from manifest.json unchanged', () => {
    expect(manifestFor('chrome')).toEqual(source);
  });

  it('changes only the background and the gecko settings for Firefox', () => {
    const firefox = manifestFor('firefox') as unknown as Record<string, unknown>;
    const changed = Object.keys({ ...source, ...firefox }).filter(
      (key) => JSON.stringify(firefox[key]) !== JSON.stringify((source as Record<string, unknown>)[key]),
    );
    expect(changed.toSorted()).toEqual(['background', 'browser_specific_settings']);
    expect(firefox.background).toEqual({ scripts: [source.background.service_worker] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
    });
  });

  it('does not touch the manifest it was given', () => {
    const before = JSON.stringify(source);
    manifestFor('firefox');
    expect(JSON.stringify(source)).toBe(before);
  });
});
