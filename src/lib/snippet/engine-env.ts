/**
 * The Environment over the simulated OpenSSL: engine bindings + libc sharing the world's clock,
 * lifecycle events as trace lines, live objects for the leak report, snapshots for time travel.
 */
import type { OpaqueObject } from './abi';
import { createEngineLibrary } from '../openssl/bindings/index';
import type { RecordMode } from '../openssl/world';
import type { Environment, LiveObject } from './environment';
import { withLibc } from './environment';
import type { Clock } from './libc';

export function engineEnvironment(now: number, record: RecordMode): Environment {
	const { world, library } = createEngineLibrary({ now, record });
	const clock: Clock = { now: () => world.now, advance: (s) => world.advance(s) };
	// Live objects per type by trace number (numbers hash fast; this runs for every object of the bench).
	const live: Record<string, Set<number>> = { SSL_CTX: new Set(), SSL: new Set(), SSL_SESSION: new Set() };
	const createdLine: Record<string, (number | null)[]> = { SSL_CTX: [], SSL: [], SSL_SESSION: [] };
	const lifecycle: ((kind: 'new' | 'free', key: string) => void)[] = [];
	world.subscribe((e) => {
		if (e.type === 'object-created') {
			live[e.objType].add(e.n);
			createdLine[e.objType][e.n] = e.line;
			for (let i = 0; i < lifecycle.length; i++) lifecycle[i]('new', e.key);
		} else if (e.type === 'object-freed') {
			live[e.objType].delete(e.n);
			for (let i = 0; i < lifecycle.length; i++) lifecycle[i]('free', e.key);
		}
	});
	const objKey = (o: OpaqueObject) => (o as { key?: string }).key;
	return {
		library: withLibc(library, clock),
		clock,
		onLifecycle: (l) => void lifecycle.push(l),
		eventCount: () => world.eventIndex,
		liveObjects(): LiveObject[] {
			const byKey = new Map(world.objects.map((o) => [o.key, o]));
			const out: LiveObject[] = [];
			for (const type of ['SSL_CTX', 'SSL', 'SSL_SESSION']) {
				for (const n of [...live[type]].sort((x, y) => x - y)) {
					const key = `${type}#${n}`;
					const o = byKey.get(key);
					const holders = o
						? o.holders.map((h) => `${h.kind === 'app' ? 'the program' : `${h.kind}${h.holder ? ` of ${h.holder}` : ''}`} via ${h.via}${h.line !== null ? ` at line ${h.line}` : ''}`).join('; ')
						: '';
					out.push({ key, createdLine: createdLine[type][n] ?? null, holders });
				}
			}
			return out;
		},
		isAlive: (o) => !(o as { freed?: boolean }).freed,
		describeObject: (o) => objKey(o) ?? o.cType,
		snapshotAt: record === 'full' ? (i) => world.snapshotAt(i) : undefined,
		eventsBetween:
			record === 'full'
				? (from, to) =>
						world.events.slice(from, to).map((e, j) => ({
							index: from + j,
							kind: e.type,
							text: world.describe(e),
							objects: objectsOf(e as unknown as Record<string, unknown>),
							line: e.line
						}))
				: undefined
	};
}

function objectsOf(e: Record<string, unknown>): string[] {
	const out: string[] = [];
	for (const k of ['key', 'ctx', 'session', 'ssl']) {
		const v = e[k];
		if (typeof v === 'string' && v.includes('#')) out.push(v);
	}
	return out;
}
