#!/usr/bin/env node
// Where the browser tests' time goes: worker time per spec file, from Playwright JSON reports
// (test-reports/e2e.json after `npm test`). Give two or more reports to see them side by side.
//
//   node scripts/e2e-times.mjs [report.json …]   (default: test-reports/e2e.json)
//
// Worker time is the sum of every test's duration (fixtures included): what a spec costs however
// many workers share it. Wall time is the run's own, from the report.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) files.push('test-reports/e2e.json');

const reports = files.map((file) => ({ file, ...summarise(JSON.parse(readFileSync(file, 'utf8'))) }));
const specs = [...new Set(reports.flatMap((report) => [...report.perSpec.keys()]))];
specs.sort((a, b) => Math.max(...reports.map((r) => r.perSpec.get(b)?.ms ?? 0)) - Math.max(...reports.map((r) => r.perSpec.get(a)?.ms ?? 0)));

const seconds = (ms) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
// Reports are named by file, or by folder and file when two share a name (before/e2e.json, after/e2e.json).
const label = (file) => (files.filter((other) => basename(other) === basename(file)).length > 1 ? `${basename(dirname(file))}/${basename(file)}` : basename(file));
const header = ['spec', ...reports.map((r) => `${label(r.file)} s (tests)`)];
const rows = specs.map((spec) => [spec, ...reports.map((r) => (r.perSpec.has(spec) ? `${seconds(r.perSpec.get(spec).ms)} (${r.perSpec.get(spec).tests})` : '–'))]);
rows.push(['worker time, all specs', ...reports.map((r) => `${seconds(r.total)} (${r.tests})`)]);
rows.push(['wall time of the run', ...reports.map((r) => seconds(r.wall))]);
rows.push(['failed or flaky', ...reports.map((r) => String(r.failed))]);

const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
for (const row of [header, widths.map((w) => '-'.repeat(w)), ...rows]) {
	console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}

/** Worker time and test count per spec file, and the run's totals. */
function summarise(report) {
	const perSpec = new Map();
	let failed = 0;
	const visit = (suite) => {
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests ?? []) {
				const entry = perSpec.get(spec.file) ?? { ms: 0, tests: 0 };
				entry.tests += 1;
				for (const result of test.results ?? []) entry.ms += result.duration ?? 0;
				if (test.status === 'unexpected' || test.status === 'flaky') failed += 1;
				perSpec.set(spec.file, entry);
			}
		}
		for (const child of suite.suites ?? []) visit(child);
	};
	for (const suite of report.suites ?? []) visit(suite);
	const entries = [...perSpec.values()];
	return {
		perSpec,
		failed,
		tests: entries.reduce((sum, e) => sum + e.tests, 0),
		total: entries.reduce((sum, e) => sum + e.ms, 0),
		wall: report.stats?.duration,
	};
}
