import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'yaml';

/**
 * A loopback npm registry that knows exactly the packages of the workspace lockfile, so that a project outside the
 * workspace installs offline: pnpm resolves the project's own ranges (and the packed tarball's) against these
 * packuments, then takes every package from the local store by the lockfile's integrity. Nothing is downloaded: a
 * tarball request (a package missing from the store) answers 404 and is recorded, and the test asserts there were none.
 *
 * Each version's dependencies are the exact versions its lockfile snapshot resolved (peers left to the consumer, as on
 * npm), its peer ranges, engines and platform fields the ones the lockfile recorded.
 */
export interface LockfileRegistry {
  url: string;
  /** Packument and tarball paths that named a package this registry does not have, or any tarball. */
  misses: string[];
  close(): Promise<void>;
}

interface LockfilePackage {
  resolution?: { integrity?: string };
  engines?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

interface LockfileSnapshot {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface Lockfile {
  packages?: Record<string, LockfilePackage>;
  snapshots?: Record<string, LockfileSnapshot>;
}

interface VersionManifest {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  engines?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  dist: { integrity: string; tarball: string };
}

/** `name@1.2.3(peer@4)` or `@scope/name@1.2.3` -> [name, version without the peer suffix]. */
function splitKey(key: string): [string, string] {
  const at = key.indexOf('@', 1);
  const paren = key.indexOf('(');
  return [key.slice(0, at), key.slice(at + 1, paren === -1 ? undefined : paren)];
}

/** A snapshot's resolved dependency (`1.2.3(peer@4)`, or `real-name@1.2.3` for an alias) as a manifest range. */
function asRange(resolved: string): string | undefined {
  const version = resolved.replace(/\(.*$/, '');
  if (/^\d/.test(version)) return version;
  if (version.startsWith('link:') || version.startsWith('file:')) return undefined;
  const [name, aliased] = splitKey(version);
  return `npm:${name}@${aliased}`;
}

function dependencyRanges(
  resolved: Record<string, string> | undefined,
  peers: Record<string, string> | undefined,
): Record<string, string> {
  const ranges: Record<string, string> = {};
  for (const [name, version] of Object.entries(resolved ?? {})) {
    const range = peers?.[name] === undefined ? asRange(version) : undefined;
    if (range !== undefined) ranges[name] = range;
  }
  return ranges;
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.-]/).map(part => Number(part));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
}

/** Every registry package of the lockfile, by name and version. */
export function readLockfilePackuments(lockfilePath: string): Map<string, Map<string, Omit<VersionManifest, 'dist'> & { integrity: string }>> {
  const lockfile = parse(readFileSync(lockfilePath, 'utf8')) as Lockfile;
  const byName = new Map<string, Map<string, Omit<VersionManifest, 'dist'> & { integrity: string }>>();
  for (const [key, entry] of Object.entries(lockfile.packages ?? {})) {
    const [name, version] = splitKey(key);
    const integrity = entry.resolution?.integrity;
    if (integrity === undefined || !/^\d/.test(version)) continue;
    const versions = byName.get(name) ?? new Map();
    byName.set(name, versions);
    versions.set(version, {
      name,
      version,
      integrity,
      dependencies: {},
      optionalDependencies: {},
      ...(entry.peerDependencies && { peerDependencies: entry.peerDependencies }),
      ...(entry.peerDependenciesMeta && { peerDependenciesMeta: entry.peerDependenciesMeta }),
      ...(entry.engines && { engines: entry.engines }),
      ...(entry.os && { os: entry.os }),
      ...(entry.cpu && { cpu: entry.cpu }),
      ...(entry.libc && { libc: entry.libc }),
    });
  }
  for (const [key, snapshot] of Object.entries(lockfile.snapshots ?? {})) {
    const [name, version] = splitKey(key);
    const manifest = byName.get(name)?.get(version);
    if (manifest === undefined) continue;
    // Peer variants of one version resolve the same non-peer dependencies; the first fills them.
    if (Object.keys(manifest.dependencies).length === 0)
      manifest.dependencies = dependencyRanges(snapshot.dependencies, manifest.peerDependencies);
    if (Object.keys(manifest.optionalDependencies).length === 0)
      manifest.optionalDependencies = dependencyRanges(snapshot.optionalDependencies, manifest.peerDependencies);
  }
  return byName;
}

export async function startLockfileRegistry(lockfilePath: string): Promise<LockfileRegistry> {
  const packages = readLockfilePackuments(lockfilePath);
  const misses: string[] = [];
  let url = '';
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(1);
    const versions = path.includes('/-/') ? undefined : packages.get(path);
    if (versions === undefined) {
      misses.push(path);
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: `not in the workspace lockfile: ${path}` }));
      return;
    }
    const sorted = [...versions.keys()].sort(compareVersions);
    const packument = {
      name: path,
      'dist-tags': { latest: sorted.at(-1) },
      versions: Object.fromEntries(
        [...versions.values()].map(({ integrity, ...manifest }) => [
          manifest.version,
          {
            ...manifest,
            dist: { integrity, tarball: `${url}/${path}/-/${path.split('/').at(-1)}-${manifest.version}.tgz` },
          },
        ]),
      ),
    };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(packument));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    misses,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
