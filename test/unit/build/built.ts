/** Reads the built extensions that `npm test` makes before vitest runs (build, build:firefox). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUT_DIR, type Browser } from '../../../build/manifest';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean; run_at?: string }[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
  [key: string]: unknown;
}

export function distDir(browser: Browser): string {
  const dir = join(ROOT, OUT_DIR[browser]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${OUT_DIR[browser]}/ is not built: run "npm run build && npm run build:firefox" (npm test does)`);
  }
  return dir;
}

export function builtManifest(browser: Browser): BuiltManifest {
  return JSON.parse(readFileSync(join(distDir(browser), 'manifest.json'), 'utf8')) as BuiltManifest;
}
