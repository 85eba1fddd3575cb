// `npm run package` (scripts/package.mjs): what the two stores take, in release/:
// the Chrome Web Store zip (dist/), the addons.mozilla.org zip (dist-firefox/)
// and the source archive AMO asks for, named with package.json's version; the
// store texts in en, fr and nl; screenshots from a headless Chromium. It fails
// when the Chrome manifest has a key Chrome rejects or warns about, or when
// Mozilla's linter reports anything at all on the Firefox archive.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';

export const STORE_LANGS = ['en', 'fr', 'nl'] as const;

/** Chrome's manifest keys for Manifest V3 (developer.chrome.com, "Manifest file format"); any other key is reported as unrecognised. */
const CHROME_KEYS = new Set([
  'manifest_version', 'name', 'version', 'action', 'default_locale', 'description', 'icons', 'author', 'background', 'chrome_settings_overrides',
  'chrome_url_overrides', 'commands', 'content_scripts', 'content_security_policy', 'cross_origin_embedder_policy', 'cross_origin_opener_policy',
  'declarative_net_request', 'devtools_page', 'export', 'externally_connectable', 'homepage_url', 'host_permissions', 'import', 'incognito',
  'key', 'minimum_chrome_version', 'oauth2', 'offline_enabled', 'omnibox', 'optional_host_permissions', 'optional_permissions', 'options_page',
  'options_ui', 'permissions', 'requirements', 'sandbox', 'short_name', 'side_panel', 'storage', 'tts_engine', 'update_url', 'version_name',
  'web_accessible_resources',
]);
const CHROME_BACKGROUND_KEYS = new Set(['service_worker', 'type']);
const CHROME_ACTION_KEYS = new Set(['default_icon', 'default_title', 'default_popup']);
const CHROME_CONTENT_SCRIPT_KEYS = new Set(['matches', 'exclude_matches', 'include_globs', 'exclude_globs', 'css', 'js', 'run_at', 'all_frames', 'match_about_blank', 'match_origin_as_fallback', 'world']);
/** The limits the Chrome Web Store holds localised texts to. */
const CHROME_NAME_MAX = 75;
const CHROME_DESCRIPTION_MAX = 132;

type Messages = Record<string, { message: string }>;

/** What Chrome would refuse or warn about in this manifest; `locales` are the extension's messages per language, to measure the texts it shows. */
export function chromeManifestProblems(manifest: Record<string, unknown>, locales: Record<string, Messages>): string[] {
  const problems: string[] = [];
  const unknownKeys = (where: string, value: unknown, known: Set<string>) => {
    if (value && typeof value === 'object') for (const key of Object.keys(value)) if (!known.has(key)) problems.push(`${where}${key}: not a key Chrome knows in Manifest V3`);
  };
  if (manifest.manifest_version !== 3) problems.push('manifest_version: must be 3');
  unknownKeys('', manifest, CHROME_KEYS);
  unknownKeys('background.', manifest.background, CHROME_BACKGROUND_KEYS);
  unknownKeys('action.', manifest.action, CHROME_ACTION_KEYS);
  for (const [i, script] of ((manifest.content_scripts as unknown[]) ?? []).entries()) unknownKeys(`content_scripts[${i}].`, script, CHROME_CONTENT_SCRIPT_KEYS);
  if (typeof manifest.version !== 'string' || !/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(manifest.version)) problems.push(`version: ${String(manifest.version)} is not one to four dot-separated integers`);
  for (const [key, max] of [['name', CHROME_NAME_MAX], ['description', CHROME_DESCRIPTION_MAX]] as const) {
    const text = manifest[key];
    if (typeof text !== 'string') continue;
    const id = /^__MSG_(\w+)__$/.exec(text)?.[1];
    const shownIn: [string, string | undefined][] = id ? Object.entries(locales).map(([lang, messages]) => [lang, messages[id]?.message]) : [['manifest', text]];
    for (const [lang, shown] of shownIn) {
      if (shown === undefined) problems.push(`${key}: ${lang} has no message ${id}`);
      else if (shown.length > max) problems.push(`${key} (${lang}): ${shown.length} characters, the store takes at most ${max}`);
    }
  }
  return problems;
}

export function readLocales(dist: string): Record<string, Messages> {
  const dir = join(dist, '_locales');
  return Object.fromEntries(readdirSync(dir).map((lang) => [lang, JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Messages]));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A fixed date in every entry: the same build gives the same archive. */
const ENTRY_DATE = new Date('2000-01-01T00:00:00Z');

async function zip(entries: { name: string; path: string }[]): Promise<Buffer> {
  const archive = new JSZip();
  for (const { name, path } of entries.sort((a, b) => a.name.localeCompare(b.name))) archive.file(name, readFileSync(path), { date: ENTRY_DATE });
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

export async function unzip(archive: string, into: string): Promise<void> {
  const content = await JSZip.loadAsync(readFileSync(archive));
  for (const entry of Object.values(content.files)) {
    if (entry.dir) continue;
    const target = join(into, entry.name);
    if (relative(into, target).startsWith('..')) throw new Error(`${archive}: ${entry.name} points outside the archive`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
}

export interface Archives {
  version: string;
  chrome: string;
  firefox: string;
  source: string;
}

/** Zips the built dist/ and dist-firefox/ and the project's tracked files into `out`. */
export async function writeArchives(root: string, out: string): Promise<Archives> {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  mkdirSync(out, { recursive: true });
  const archive = async (kind: string, entries: { name: string; path: string }[]) => {
    const path = join(out, `${name}-${version}-${kind}.zip`);
    writeFileSync(path, await zip(entries));
    return path;
  };
  const built = async (kind: string, dir: string) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== version) throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${version}: build again`);
    return archive(kind, filesUnder(join(root, dir)).map((path) => ({ name: relative(join(root, dir), path), path })));
  };
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (tracked.status !== 0) throw new Error(`the source archive lists git's tracked files, and git ls-files failed: ${tracked.stderr}`);
  const sources = tracked.stdout.split('\0').filter((f) => f && existsSync(join(root, f)));
  return {
    version,
    chrome: await built('chrome', 'dist'),
    firefox: await built('firefox', 'dist-firefox'),
    source: await archive('source', sources.map((f) => ({ name: f, path: join(root, f) }))),
  };
}

/** Mozilla's linter over an archive's content: the counts of errors, warnings and notices, and their messages. */
export function lintFirefoxArchive(root: string, archive: string, extracted: string): { errors: number; warnings: number; notices: number; messages: string[] } {
  const result = spawnSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', extracted, '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no report on ${archive}: ${result.stderr}`);
  const report = JSON.parse(result.stdout.slice(start)) as { summary: { errors: number; warnings: number; notices: number }; errors: { message: string; file?: string }[]; warnings: { message: string; file?: string }[]; notices: { message: string; file?: string }[] };
  return { ...report.summary, messages: [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.file ?? ''}: ${m.message}`) };
}

/** release/store/<lang>/: the name, the short description (the manifest's) and the long one (store/description.<lang>.txt). */
export function writeStoreTexts(root: string, out: string): string[] {
  const written: string[] = [];
  for (const lang of STORE_LANGS) {
    const messages = JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
    const dir = join(out, 'store', lang);
    mkdirSync(dir, { recursive: true });
    const texts = { 'name.txt': messages.extName!.message, 'summary.txt': messages.extDescription!.message, 'description.txt': readFileSync(join(root, 'store', `description.${lang}.txt`), 'utf8') };
    for (const [file, text] of Object.entries(texts)) {
      writeFileSync(join(dir, file), text.endsWith('\n') ? text : `${text}\n`);
      written.push(join(dir, file));
    }
  }
  return written;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Everything in release/, from the build in dist/ and dist-firefox/; throws when a store would refuse or warn. */
export async function makeRelease(root: string): Promise<string[]> {
  const out = join(root, 'release');
  removeDir(out);
  const archives = await writeArchives(root, out);
  const work = tempDir('vpa-release-');
  try {
    const chrome = join(work, 'chrome');
    await unzip(archives.chrome, chrome);
    const problems = chromeManifestProblems(JSON.parse(readFileSync(join(chrome, 'manifest.json'), 'utf8')), readLocales(chrome));
    if (problems.length) throw new Error(`the Chrome package's manifest:\n${problems.join('\n')}`);
    const firefox = join(work, 'firefox');
    await unzip(archives.firefox, firefox);
    const lint = lintFirefoxArchive(root, archives.firefox, firefox);
    if (lint.errors + lint.warnings + lint.notices > 0) throw new Error(`web-ext lint on ${archives.firefox}: ${lint.errors} errors, ${lint.warnings} warnings, ${lint.notices} notices\n${lint.messages.join('\n')}`);
  } finally {
    removeDir(work);
  }
  const { takeStoreScreenshots } = await import('./store-screenshots');
  return [archives.chrome, archives.firefox, archives.source, ...writeStoreTexts(root, out), ...(await takeStoreScreenshots(root, join(root, 'dist'), out))];
}
