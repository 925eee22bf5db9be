import { describe, expect, it } from 'vitest';
import { World } from './world';
import { ctxNew } from './ctx-ops';
import { sessionNew } from './session-ops';
import { releaseRef } from './ledger';
import { TLS_METHOD } from './objects/method';

describe('World', () => {
	it('numbers objects per type from 1, counting every object', () => {
		const w = new World({ now: 5 });
		ctxNew(w, TLS_METHOD);
		expect([sessionNew(w).key, sessionNew(w).key, ctxNew(w, TLS_METHOD).key]).toEqual(['SSL_SESSION#1', 'SSL_SESSION#2', 'SSL_CTX#2']);
	});

	it('atLine restores the outer line after nested calls and after a throw', () => {
		const w = new World({ now: 0 });
		w.atLine(10, () => {
			w.atLine(20, () => expect(w.line).toBe(20));
			expect(w.line).toBe(10);
			expect(() => w.atLine(30, () => { throw new Error('x'); })).toThrow();
			expect(w.line).toBe(10);
		});
		expect(w.line).toBeNull();
	});

	it('a trace-only world stores no events but still tells listeners about creations and frees', () => {
		const w = new World({ now: 0, record: 'trace' });
		const seen: string[] = [];
		const off = w.subscribe((e) => seen.push(`${e.type} ${'key' in e ? e.key : ''}`));
		const s = sessionNew(w);
		releaseRef(w, s, 'app', null, 'SSL_SESSION_free');
		off();
		sessionNew(w);
		expect(seen).toEqual(['object-created SSL_SESSION#1', 'object-freed SSL_SESSION#1']);
		expect(w.events).toHaveLength(0);
		expect(w.objects).toHaveLength(0);
		expect(() => w.snapshotAt(0)).toThrow();
	});

	it('the clock advances and is recorded; errors queue with their line', () => {
		const w = new World({ now: 100 });
		w.advance(5);
		w.atLine(7, () => w.pushError(20, 408, 'SSL_SESSION_set1_id'));
		expect(w.now).toBe(105);
		expect(w.errors).toEqual([{ lib: 20, reason: 408, fn: 'SSL_SESSION_set1_id', line: 7 }]);
		expect(w.snapshotAt(w.events.length).now).toBe(105);
	});

	it('randomBytes is deterministic for a start time', () => {
		expect(new World({ now: 1 }).randomBytes(8)).toEqual(new World({ now: 1 }).randomBytes(8));
		expect(new World({ now: 1 }).randomBytes(8)).not.toEqual(new World({ now: 2 }).randomBytes(8));
	});
});
