import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, GECKO_ID, type Browser } from '../../../build/manifest';
import { builtManifest, distDir } from './built';

/** The only pages Humo runs on; LinkedIn also in frames (its /preload/ route nests the feed). */
const TOP_FRAME_SITES = ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://web.facebook.com/*'];
const ALL_FRAME_SITES = ['https://www.linkedin.com/*'];

describe.each<Browser>(['chrome', 'firefox'])('built %s manifest', (browser) => {
  const manifest = builtManifest(browser);
  const dir = distDir(browser);

  it('is MV3 and asks for storage only: no host permissions, no optional ones', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('runs one content script on the three sites only, in frames on LinkedIn only', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.flatMap((s) => s.matches).toSorted()).toEqual([...TOP_FRAME_SITES, ...ALL_FRAME_SITES].toSorted());
    for (const script of scripts) {
      const framed = script.matches.every((m) => ALL_FRAME_SITES.includes(m));
      expect(script.all_frames ?? false, script.matches.join(' ')).toBe(framed);
      expect(script.css).toBeUndefined();
    }
    const files = new Set(scripts.flatMap((s) => s.js ?? []));
    expect(files.size).toBe(1);
    for (const file of files) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('exposes no file to web pages (no web_accessible_resources, or only per-session URLs)', () => {
    for (const war of manifest.web_accessible_resources ?? []) expect(war.use_dynamic_url, JSON.stringify(war)).toBe(true);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has its background script in the output', () => {
    const files = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter(Boolean) as string[];
    expect(files.length).toBe(1);
    for (const file of files) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(manifest.background?.type).toBe('module');
  });

  if (browser === 'chrome') {
    it('uses a service worker and carries no Firefox settings', () => {
      expect(manifest.background?.service_worker).toBeTruthy();
      expect(manifest.background?.scripts).toBeUndefined();
      expect(manifest.browser_specific_settings).toBeUndefined();
    });
  } else {
    it('uses event-page scripts and declares its gecko id, minimum version and no data collection', () => {
      expect(manifest.background?.scripts?.length).toBe(1);
      expect(manifest.background?.service_worker).toBeUndefined();
      const gecko = manifest.browser_specific_settings?.gecko;
      expect(gecko?.id).toBe(GECKO_ID);
      expect(gecko?.strict_min_version).toBe(FIREFOX_MIN_VERSION);
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      expect(manifest.browser_specific_settings?.gecko_android?.strict_min_version).toBeTruthy();
    });
  }
});
