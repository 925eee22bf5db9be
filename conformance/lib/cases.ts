/**
 * The cases the suite runs: the recorded conformance cases
 * (conformance/cases/NAME.c with NAME.expected) and every runnable example of
 * the documentation (content/**\/NAME.c, whose NAME.expected next to it is
 * generated from the real run so the site can show real output).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Recorded files that print values differing from run to run (random DER bytes, absolute times):
 * kept as evidence, never compared. */
export const EVIDENCE_ONLY: ReadonlySet<string> = new Set(['asn1-handshake-sessions', 'cache-update-time']);

export interface Case {
	/** "cache-add-remove" for conformance cases, "content/<path>/NAME" for examples */
	name: string;
	source: string;
	expected: string;
	origin: 'conformance' | 'content';
	hasExpected: boolean;
}

function cFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...cFiles(path));
		else if (entry.isFile() && entry.name.endsWith('.c')) found.push(path);
	}
	return found;
}

function toCase(root: string, source: string, origin: Case['origin']): Case {
	const expected = source.slice(0, -2) + '.expected';
	const name =
		origin === 'conformance' ? relative(join(root, 'conformance', 'cases'), source).slice(0, -2) : relative(root, source).slice(0, -2);
	return { name, source, expected, origin, hasExpected: existsSync(expected) };
}

export function discoverCases(root: string): Case[] {
	const cases = [
		// versions/ holds alternative transcripts, not cases
		...cFiles(join(root, 'conformance', 'cases'))
			.filter((f) => !relative(join(root, 'conformance', 'cases'), f).startsWith('versions'))
			.map((f) => toCase(root, f, 'conformance')),
		...cFiles(join(root, 'content')).map((f) => toCase(root, f, 'content'))
	];
	return cases.sort((a, b) => a.name.localeCompare(b.name));
}

/** `--filter a,b`: a case is kept when its name contains any of the parts. */
export function filterCases(cases: Case[], filter: string | undefined): Case[] {
	if (!filter) return cases;
	const parts = filter.split(',').filter(Boolean);
	return cases.filter((c) => parts.some((p) => c.name.includes(p)));
}
