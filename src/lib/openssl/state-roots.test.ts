/**
 * Time-travel checkpoints walk the object graph from the World and the BindingTable (own
 * properties, arrays, Maps, Sets, typed arrays). State kept anywhere else is invisible to that walk:
 * a side table keyed by objects (WeakMap / WeakSet), a module-level variable, or a variable that the
 * closures of a register() function share. This test reads the engine's sources and fails when one
 * appears; the allow-list names the few that are not per-run state, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** `file:name` → why it may stay outside the World. */
const ALLOWED: Record<string, string> = {
	'views.ts:hexCache': 'memo of hex text per (never edited) id array; losing it changes nothing',
	'view-cache.ts:views': 'views of unchanged objects reused between snapshots; not engine state, dropped on every restore',
	'bytes.ts:slab': 'allocator scratch: where the next small copy is carved; holds no state of any object',
	'bytes.ts:used': 'allocator scratch (see slab)',
	'handshake/cert.ts:der': 'a constant certificate, decoded on first use',
	'bindings/core-session.ts:fallbackCiphers': 'SSL_CIPHER objects shared by all worlds (static data in OpenSSL), one per id, immutable',
	'asn1/ciphers.ts:BY_ID': 'the static cipher table, filled once at load',
	'asn1/ciphers.ts:BY_NAME': 'the static cipher table, filled once at load',
	'asn1/session-print.ts:PROTOCOL_NAMES': 'constant table',
	'asn1/verify-strings.ts:VERIFY_STRINGS': 'constant table',
	'ssl-ops.ts:sslFreeHooks': 'functions registered at import, never changed by a run',
	'ssl-ops.ts:sslClearHooks': 'functions registered at import, never changed by a run',
	'ledger.ts:destroyers': 'functions registered at import, never changed by a run'
};

function sources(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			if (e.name !== 'testing' && e.name !== 'oracle') out.push(...sources(p));
		} else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.fixture.ts')) out.push(p);
	}
	return out;
}

interface Finding {
	where: string;
	name: string;
	what: string;
}

/** Remove comments and string/template contents so that words in them do not count. */
function code(text: string): string[] {
	const noBlock = text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
	return noBlock.split('\n').map((l) =>
		l
			.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
			.replace(/\/\/.*$/, '')
	);
}

/** What in one source text keeps state outside the World (rel: its path under src/lib/openssl). */
function scan(rel: string, text: string): Finding[] {
	const out: Finding[] = [];
	const add = (i: number, name: string, what: string) => out.push({ where: `${rel}:${i + 1}`, name: `${rel}:${name}`, what });
	let inRegister = false;
	const lines = code(text);
	/** Is line i (a let/var) outside every nested function of the register() body it is in? */
	const sharedByClosures = (i: number): boolean => {
		let depth = /^\t*/.exec(lines[i])![0].length;
		for (let j = i - 1; j >= 0 && depth > 1; j--) {
			const d = /^\t*/.exec(lines[j])![0].length;
			if (lines[j].trim() === '' || d >= depth) continue;
			if (/=>|\bfunction\b/.test(lines[j])) return false; // a callback's own local
			depth = d;
		}
		return true;
	};
	lines.forEach((line, i) => {
		// Side tables: a WeakMap / WeakSet / WeakRef anywhere (module level or a class field).
		const weak = /\b(WeakMap|WeakSet|WeakRef|FinalizationRegistry)\b/.exec(line);
		if (weak) {
			const name = /(?:const|let|var)\s+(\w+)|(\w+)\s*(?::[^=]*)?=\s*new\s+Weak/.exec(line);
			add(i, name?.[1] ?? name?.[2] ?? '?', `${weak[1]} (state keyed by objects is invisible to a walk from the World)`);
		}
		// Module-level variables.
		const modLet = /^(?:export\s+)?(?:let|var)\s+(\w+)/.exec(line);
		if (modLet) add(i, modLet[1], 'module-level let/var (shared by every World, invisible to a walk)');
		// Module-level containers that a run could fill.
		const modBox = /^(?:export\s+)?const\s+(\w+)(?:\s*:.*?)?\s*=\s*(new\s+(?:Map|Set|Array)\b|\[\s*\]|\{\s*\})/.exec(line);
		if (modBox) add(i, modBox[1], 'module-level container (shared by every World)');
		// Variables shared by the closures of a register(table, world) function.
		if (/^export\s+function\s+register\w*\s*\(/.test(line)) inRegister = true;
		else if (inRegister && /^\}/.test(line)) inRegister = false;
		else if (inRegister) {
			const captured = /^\t+(?:let|var)\s+(\w+)/.exec(line);
			if (captured && sharedByClosures(i)) add(i, captured[1], 'let/var in a register() function: closure state outside the World');
		}
	});
	return out;
}

describe('engine state is reachable from the World and the BindingTable', () => {
	const files = sources(root);
	const findings = files.flatMap((f) => scan(relative(root, f).split('\\').join('/'), readFileSync(f, 'utf8')));

	it('reads the engine sources', () => {
		expect(files.length).toBeGreaterThan(50);
		expect(files.some((f) => f.endsWith('world.ts'))).toBe(true);
	});

	it('has no side tables keyed by objects, module-level variables or closure state outside the allow-list', () => {
		const bad = findings.filter((f) => !(f.name in ALLOWED)).map((f) => `${f.where} ${f.name.split(':')[1]}: ${f.what}`);
		expect(bad, 'move the state onto the objects or the World (see NOTES.md "Checkpoints")').toEqual([]);
	});

	it('has an allow-list without stale entries', () => {
		const seen = new Set(findings.map((f) => f.name));
		expect(Object.keys(ALLOWED).filter((k) => !seen.has(k))).toEqual([]);
	});

	it('would catch a side table, a module variable and closure state (but not words in comments or strings)', () => {
		const probe = [
			'const owners = new WeakMap<SslSession, number>();',
			'let counter = 0;',
			'const seen = new Set<string>();',
			'// let commented = 1; a WeakMap in a comment',
			"const text = 'new WeakMap';",
			'export function registerThing(t: BindingTable, w: World): void {',
			'\tlet next = 2;',
			"\tt.fn('int f(void)', () => next++);",
			"\tfor (const cls of ['SSL', 'SSL_CTX']) {",
			'\t\tlet perClass = 2;',
			"\t\tt.fn(`int ${cls}_f(void)`, () => perClass++);",
			'\t}',
			"\tt.fn('int g(void)', () => {",
			'\t\tlet perCall = 0;',
			'\t\treturn perCall;',
			'\t});',
			'}',
			'function helper(): void {',
			'\tlet local = 0;',
			'}'
		].join('\n');
		expect(scan('probe.ts', probe).map((f) => f.name)).toEqual(['probe.ts:owners', 'probe.ts:counter', 'probe.ts:seen', 'probe.ts:next', 'probe.ts:perClass']);
	});
});
