import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, appendFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

// A real, throwaway MediaWiki for tests: Debian's `mediawiki` package (1.39) installed into a temporary folder
// with SQLite, served by PHP's built-in server on 127.0.0.1. Nothing in /etc or /var/lib/mediawiki is touched:
// install.php writes LocalSettings.php into the temporary folder, maintenance scripts are pointed at it with
// --conf, and the web server finds it through the MW_CONFIG_FILE environment variable, which
// includes/BootstrapHelperFunctions.php (wfDetectLocalSettingsFile) reads when no entry point defined the
// constant. There is no skipping: without PHP or MediaWiki the tests fail and say what to install.

const MEDIAWIKI_DIR = process.env.MEDIAWIKI_DIR ?? '/usr/share/mediawiki';
const PHP = process.env.PHP_BINARY ?? 'php';
const run = promisify(execFile);

export interface LocalWiki {
  apiUrl: string;
  /** The bot account Sangam signs in as, and its bot password (grants: basic, high-volume, edit and create pages). */
  bot: { username: string; password: string };
  /** Milliseconds spent installing (install.php and the accounts) and starting the server until api.php answered. */
  timings: { installMs: number; startMs: number };
  /** Runs one of the wiki's maintenance scripts against this wiki. */
  maintenance(script: string, ...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function assertInstalled(): Promise<void> {
  const packages = 'apt-get install --no-install-recommends mediawiki php-cli php-sqlite3 php-mbstring php-xml php-intl';
  try {
    await run(PHP, ['-r', 'exit(extension_loaded("pdo_sqlite") && extension_loaded("mbstring") && extension_loaded("intl") && extension_loaded("xml") ? 0 : 1);']);
  } catch {
    throw new Error(`These tests need PHP with the sqlite3, mbstring, xml and intl extensions: ${packages}`);
  }
  try {
    await access(join(MEDIAWIKI_DIR, 'maintenance', 'install.php'));
  } catch {
    throw new Error(`These tests need MediaWiki in ${MEDIAWIKI_DIR} (or MEDIAWIKI_DIR): ${packages}`);
  }
}

/** Bot passwords are 32 characters of [0-9a-w], as Special:BotPasswords makes them. */
function botPassword(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvw';
  return [...randomBytes(32)].map((b) => alphabet[b % alphabet.length]).join('');
}

async function waitForApi(apiUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`php -S exited with ${server.exitCode}: ${output()}`);
    try {
      const response = await fetch(`${apiUrl}?action=query&meta=siteinfo&format=json&formatversion=2`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok && ((await response.json()) as { query?: unknown }).query) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`api.php did not answer within 20 s: ${output()}`);
}

/** Installs a fresh wiki in a temporary folder and serves it; call stop() to end the server and delete it. */
export async function startLocalMediaWiki(): Promise<LocalWiki> {
  await assertInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'sangam-mediawiki-'));
  const settings = join(dir, 'LocalSettings.php');
  let server: ChildProcess | undefined;
  const cleanUp = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const maintenance = async (script: string, ...args: string[]) =>
      (await run(PHP, [join(MEDIAWIKI_DIR, 'maintenance', script), '--conf', settings, ...args], { cwd: dir, timeout: 120_000 })).stdout;

    const installStarted = Date.now();
    await run(PHP, [
      join(MEDIAWIKI_DIR, 'maintenance', 'install.php'), '--dbtype=sqlite', `--dbpath=${join(dir, 'data')}`, '--dbname=sangamtest',
      `--confpath=${dir}`, `--server=${origin}`, '--scriptpath=', '--lang=en', '--skins=', `--pass=${randomBytes(12).toString('hex')}-A1`,
      '--quiet', 'Sangam Test Wiki', 'Admin',
    ], { cwd: dir, timeout: 120_000 });
    // Jobs would otherwise run at the end of web requests and slow them down; nothing here needs them.
    await appendFile(settings, '\n$wgJobRunRate = 0;\n');
    const bot = { username: 'Sangam Bot@publisher', password: botPassword() };
    await maintenance('createAndPromote.php', '--bot', 'Sangam Bot', `${randomBytes(12).toString('hex')}-B2`);
    await maintenance('createBotPassword.php', '--appid', 'publisher', '--grants', 'basic,highvolume,editpage,createeditmovepage', 'Sangam Bot', bot.password);
    const installMs = Date.now() - installStarted;

    const startStarted = Date.now();
    let output = '';
    server = spawn(PHP, ['-S', `127.0.0.1:${port}`, '-t', MEDIAWIKI_DIR], {
      cwd: dir, env: { ...process.env, MW_CONFIG_FILE: settings }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Keep only the end of the access log, for an error message if the server does not come up.
    const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-2000); };
    server.stdout!.on('data', keep);
    server.stderr!.on('data', keep);
    const apiUrl = `${origin}/api.php`;
    await waitForApi(apiUrl, server, () => output);
    const startMs = Date.now() - startStarted;
    return { apiUrl, bot, timings: { installMs, startMs }, maintenance, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** A wiki for the whole test file: installed before its first test, stopped and deleted after its last. */
export function useLocalMediaWiki(): { wiki: LocalWiki } {
  const handle = {} as { wiki: LocalWiki };
  beforeAll(async () => {
    handle.wiki = await startLocalMediaWiki();
    console.log(`[mediawiki] installed in ${handle.wiki.timings.installMs} ms, api.php answered ${handle.wiki.timings.startMs} ms after start`);
  }, 120_000);
  afterAll(async () => {
    await handle.wiki?.stop();
  });
  return handle;
}
