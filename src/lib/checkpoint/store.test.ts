import { describe, expect, it } from 'vitest';
import { GraphCodec, UnsupportedValue, type GraphPolicy } from './codec';
import { CheckpointStore } from './store';

class Thing {
	constructor(
		public name: string,
		public friend: Thing | null = null
	) {}
	greet(): string {
		return `hi ${this.name}`;
	}
}

const policy: GraphPolicy = {
	isExternal: (o) => (o as { shared?: boolean }).shared === true,
	isEntity: (o) => o instanceof Thing,
	skipped: (proto) => (proto === Thing.prototype ? new Set(['cache']) : null)
};

const newStore = () => new CheckpointStore(new GraphCodec(policy));

describe('CheckpointStore', () => {
	it('restore brings back every value kind a run keeps', () => {
		const store = newStore();
		const bytes = new Uint8Array([1, 2, 3, 255]);
		const root = {
			n: 42,
			neg: -7,
			big: 2 ** 60,
			frac: 0.5,
			minusZero: -0,
			nan: NaN,
			s: 'héllo ✓',
			long: 'x'.repeat(70_000),
			b: true,
			nil: null,
			undef: undefined,
			bi: 123456789012345678901234567890n,
			list: [1, 'two', [3]],
			map: new Map<unknown, unknown>([['k', { v: 1 }], [7, bytes]]),
			set: new Set([1, 'a']),
			bytes,
			words: new Int32Array([-1, 2 ** 30]),
			doubles: new Float64Array([1.5])
		};
		const cp = store.capture([root]);
		const copy = structuredClone(root);
		for (const k of Object.keys(root)) delete (root as Record<string, unknown>)[k];
		store.restore(cp, [root]);
		expect(root).toEqual(copy);
		expect(Object.is(root.minusZero, -0)).toBe(true);
		expect(root.map.get(7)).toBe(root.bytes); // identity inside one record survives
	});

	it('restores roots in place and recreates other entities with their prototype', () => {
		const store = newStore();
		const a = new Thing('a');
		const b = new Thing('b', a);
		a.friend = b; // a cycle across entities
		const root = { a, b };
		const cp = store.capture([root]);
		a.name = 'changed';
		root.b = new Thing('other');
		store.restore(cp, [root]);
		expect(root.a).not.toBe(a);
		expect(root.a.greet()).toBe('hi a');
		expect(root.a.friend).toBe(root.b);
		expect(root.b.friend).toBe(root.a);
	});

	it('shares externals and frozen objects by identity instead of copying them', () => {
		const store = newStore();
		const table = { shared: true, rows: [1, 2] };
		const frozen = Object.freeze({ k: 1 });
		const fn = () => 1;
		const root = { table, frozen, fn };
		const cp = store.capture([root]);
		root.table = { shared: true, rows: [] };
		store.restore(cp, [root]);
		expect(root.table).toBe(table);
		expect(root.frozen).toBe(frozen);
		expect(root.fn).toBe(fn);
	});

	it('does not capture skipped properties', () => {
		const store = newStore();
		const t = Object.assign(new Thing('t'), { cache: 'derived' });
		const root = { t };
		const cp = store.capture([root]);
		store.restore(cp, [root]);
		expect(root.t.name).toBe('t');
		expect('cache' in root.t).toBe(false);
	});

	it('keeps a DataView over the same buffer as the bytes it views', () => {
		const store = newStore();
		const bytes = new Uint8Array(8);
		const root = { bytes, dv: new DataView(bytes.buffer) };
		const cp = store.capture([root]);
		store.restore(cp, [root]);
		root.dv.setUint8(3, 9);
		expect(root.bytes[3]).toBe(9);
	});

	it('stores an unchanged entity once however many checkpoints hold it', () => {
		const store = newStore();
		const things = Array.from({ length: 100 }, (_, i) => new Thing(`thing ${i} `.padEnd(200, ".")));
		const root = { things, tick: 0 };
		store.capture([root]);
		const first = store.storedBytes;
		for (let i = 1; i <= 10; i++) {
			root.tick = i;
			things[i].name = `renamed ${i}`;
			store.capture([root]);
		}
		// Each later checkpoint stores the root record and one renamed thing, not 100 things.
		expect(store.storedBytes - first).toBeLessThan(first / 2);
	});

	it('restores each checkpoint of a sequence to its own state', () => {
		const store = newStore();
		const root: { xs: number[] } = { xs: [] };
		const cps = [];
		for (let i = 0; i < 5; i++) {
			root.xs.push(i);
			cps.push(store.capture([root]));
		}
		for (let i = 4; i >= 0; i--) {
			store.restore(cps[i], [root]);
			expect(root.xs).toEqual(Array.from({ length: i + 1 }, (_, j) => j));
		}
	});

	it('refuses state it cannot restore (weak collections) with a clear error', () => {
		const store = newStore();
		expect(() => store.capture([{ w: new WeakMap() }])).toThrow(UnsupportedValue);
	});
});
