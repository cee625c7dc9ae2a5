#!/usr/bin/env node
// The README's two commands. Runs on any Node (the machines here ship Node 20): when the running
// Node is older than Astro 7 needs, it fetches Node 24 from the npm registry into .tools/ once and
// runs everything with it. No dependencies: this runs before `npm install`.
//
//   node scripts/run.mjs start   install, build and serve the site on http://localhost:4321
//   node scripts/run.mjs test    install, then run every test (types, unit, built site in Chromium)

import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM_CHROMIUMS } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NEEDED = [22, 12];
const FETCHED_MAJOR = 24;
const nodeDir = join(root, '.tools', `node${FETCHED_MAJOR}`);
// Not test-results/: Playwright empties that folder when it starts.
const reportsDir = join(root, 'test-reports');
// PORT picks another first choice (e.g. when 4321 is kept for something else).
const PREFERRED_PORT = Number(process.env.PORT) || 4321;

const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
	console.error('Usage: node scripts/run.mjs start | test');
	process.exit(2);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = findNode();
env.PATH = [dirname(node), join(root, 'node_modules', '.bin'), env.PATH].join(delimiter);

installDependencies();
if (command === 'start') await start();
else await test();

async function start() {
	buildQuietly();
	const port = await freePort(PREFERRED_PORT);
	if (port !== PREFERRED_PORT) say(`Port ${PREFERRED_PORT} is in use, so the site will be on port ${port}.`);
	say('Starting the server…');
	const server = spawn(node, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port)], {
		cwd: root,
		env,
		stdio: ['inherit', 'pipe', 'inherit'],
	});
	// Astro's own "ready" lines are left out: the address below is printed once the server answers.
	server.stdout.resume();
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
	server.on('exit', (code) => {
		if (code) fail(`The server stopped (exit code ${code}).`);
		process.exit(0);
	});
	const address = `http://localhost:${port}/`;
	if (await answers(address, 60_000)) say(`Serving the built site on ${address} (press Ctrl+C to stop).`);
	else fail(`The server did not answer on ${address} within a minute.`);
}

/** `astro build`; its list of every page built is left out by the logger in astro.config.mjs. */
function buildQuietly() {
	say('Building the site (about 15 seconds)…');
	run('npx', ['astro', 'build']);
}

/** The first free port from `from` upwards (astro preview would otherwise move on silently). */
async function freePort(from) {
	for (let port = from; port < from + 20; port += 1) {
		const free = await new Promise((done) => {
			const probe = createServer()
				.once('error', () => done(false))
				.once('listening', () => probe.close(() => done(true)))
				.listen(port);
		});
		if (free) return port;
	}
	fail(`Ports ${from} to ${from + 19} are all in use. Stop another server and run npm start again.`);
}

/** Polls the address until it answers (any HTTP status) or the time is up. */
async function answers(address, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			await fetch(address, { signal: AbortSignal.timeout(2000) });
			return true;
		} catch {
			await new Promise((resume) => setTimeout(resume, 250));
		}
	}
	return false;
}

async function test() {
	env.PLAYWRIGHT_CHROMIUM = findChromium();
	rmSync(reportsDir, { recursive: true, force: true });
	mkdirSync(reportsDir, { recursive: true });
	// How long each part took, printed at the end: the run must stay under ten minutes on CI.
	const times = [];
	const timed = async (part, work) => {
		const started = Date.now();
		const result = await work();
		times.push(`${part} ${Math.round((Date.now() - started) / 1000)} s`);
		return result;
	};
	// Built first: the search tests read the index from the built pages, as the site does. The build
	// writes Astro's generated types (.astro/), so the type check needs no sync of its own after it.
	await timed('build', () => run('npx', ['astro', 'build']));
	// The type check runs beside the unit tests: it keeps one core busy, and the unit tests leave one
	// idle once their fixture builds are done. Its report is printed when it ends, not mixed into theirs.
	const typeCheckLog = join(reportsDir, 'type-check.log');
	const [typeCheck, unit] = await Promise.all([
		timed('type check (beside the unit tests)', () => runBeside('npx', ['astro', 'check', '--noSync', '--minimumFailingSeverity', 'warning'], typeCheckLog)),
		timed('unit tests', () => runBeside('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(reportsDir, 'unit.json')}`])),
	]);
	say('Type check (astro check):');
	process.stdout.write(readFileSync(typeCheckLog, 'utf8'));
	if (typeCheck !== 0) fail(`astro check failed (exit code ${typeCheck}): the type errors are above.`);
	const e2e = await timed('browser tests', () => run('npx', ['playwright', 'test'], { allowFailure: true }));
	const counts = [readCounts('unit.json', 'vitest'), readCounts('e2e.json', 'playwright')];
	const passed = counts.reduce((sum, c) => sum + c.passed, 0);
	const failed = counts.reduce((sum, c) => sum + c.failed, 0);
	console.log(`\nUnit tests: ${counts[0].passed} passed, ${counts[0].failed} failed. Browser tests: ${counts[1].passed} passed, ${counts[1].failed} failed.`);
	console.log(`${passed} passed, ${failed} failed`);
	console.log(`Time: ${times.join(', ')}.`);
	process.exit(unit !== 0 || e2e !== 0 || failed > 0 || passed === 0 ? 1 : 0);
}

function findNode() {
	if (isNewEnough(process.versions.node)) return process.execPath;
	const fetched = join(nodeDir, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
	if (existsSync(fetched)) return fetched;
	say(`Node ${process.versions.node} is too old for Astro 7 (it needs ${NEEDED.join('.')} or newer).`);
	say(`Fetching Node ${FETCHED_MAJOR} from the npm registry into .tools/ (once; about 10 seconds).`);
	run('npm', ['install', '--prefix', nodeDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${FETCHED_MAJOR}`]);
	if (!existsSync(fetched)) fail(`Could not fetch Node ${FETCHED_MAJOR}. Install Node ${FETCHED_MAJOR} yourself (https://nodejs.org) and run this again.`);
	return fetched;
}

function isNewEnough(version) {
	const [major, minor] = version.split('.').map(Number);
	return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
}

/** Installs from the committed lockfile when node_modules is missing or older than it. */
function installDependencies() {
	const lock = join(root, 'package-lock.json');
	const installed = join(root, 'node_modules', '.package-lock.json');
	if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
	say('Installing dependencies from package-lock.json.');
	// `npm ci` cannot be used here: see ../shared/STACK.md ("Installing").
	run('npm', ['install', '--no-audit', '--no-fund']);
	say(
		'If npm warned above that an install script is "not covered by allowScripts" (esbuild\'s), that is expected and harmless: the script was skipped, and esbuild\'s binary comes in an optional package instead.',
	);
}

/** A Chromium for the browser tests: named by the environment, installed, or installed now. */
function findChromium() {
	const named = env.PLAYWRIGHT_CHROMIUM || env.CHROMIUM_PATH;
	if (named) {
		if (existsSync(named)) return named;
		fail(`PLAYWRIGHT_CHROMIUM / CHROMIUM_PATH is set to ${named}, which does not exist.`);
	}
	const found = chromiumCandidates().find((path) => existsSync(path));
	if (found) return found;

	const isDebian = existsSync('/etc/debian_version');
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const installed = () => chromiumCandidates().find((path) => existsSync(path));
	if (isDebian && isRoot) {
		// The headless shell where the distribution has it (Debian), else its full Chromium.
		say('No Chromium found: installing the chromium-headless-shell package (or else chromium) for the browser tests.');
		const apt = { allowFailure: true, env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
		run('apt-get', ['update', '-qq'], apt);
		for (const pkg of ['chromium-headless-shell', 'chromium']) {
			if (!installed()) run('apt-get', ['install', '-y', '-qq', pkg], apt);
		}
	}
	if (!installed()) {
		say('No Chromium found: trying `npx playwright install chromium`.');
		run('npx', ['playwright', 'install', 'chromium'], { allowFailure: true });
	}
	if (installed()) return installed();
	fail(
		[
			'The browser tests need Chromium, and none could be found or installed. Do one of these, then run `npm test` again:',
			isDebian ? '  sudo apt-get install chromium-headless-shell' : '  npx playwright install chromium',
			'  or set PLAYWRIGHT_CHROMIUM=/path/to/chromium (any Chromium or Chrome).',
		].join('\n'),
	);
}

/** The machine's Chromium (scripts/chromium.mjs), then Playwright's own. */
function chromiumCandidates() {
	return [...SYSTEM_CHROMIUMS, ...playwrightChromium()];
}

/** Where Playwright keeps its own Chromium, if `npx playwright install` ever put one there. */
function playwrightChromium() {
	const result = spawnSync(node, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
		cwd: root,
		env,
		encoding: 'utf8',
	});
	return result.status === 0 && result.stdout ? [result.stdout] : [];
}

function readCounts(file, runner) {
	try {
		const report = JSON.parse(readFileSync(join(reportsDir, file), 'utf8'));
		if (runner === 'vitest') return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
		const stats = report.stats ?? {};
		return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
	} catch {
		return { passed: 0, failed: 1 };
	}
}

function run(cmd, args, { allowFailure = false, env: runEnv = env } = {}) {
	const result = spawnSync(cmd, args, { cwd: root, env: runEnv, stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.error) fail(`Could not run ${cmd}: ${result.error.message}`);
	if (result.status !== 0 && !allowFailure) fail(`${cmd} ${args.join(' ')} failed (exit code ${result.status}).`);
	return result.status ?? 1;
}

/**
 * Runs a command without waiting for it, so that another can run beside it: its exit code once it
 * ends. Its output goes to `logFile` when one is given (to be printed afterwards, unmixed), else
 * straight to the terminal.
 */
function runBeside(cmd, args, logFile) {
	const out = logFile ? openSync(logFile, 'w') : 'inherit';
	return new Promise((done) => {
		const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', out, out], shell: process.platform === 'win32' });
		child.on('error', (error) => fail(`Could not run ${cmd}: ${error.message}`));
		child.on('close', (status) => {
			if (logFile) closeSync(out);
			done(status ?? 1);
		});
	});
}

function say(message) {
	console.log(`\n› ${message}`);
}

function fail(message) {
	console.error(`\n✗ ${message}`);
	process.exit(1);
}
