import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from './diff';

function apply(edits: ReturnType<typeof diffLines>): { a: string[]; b: string[] } {
	return {
		a: edits.filter((e) => e.kind !== 'add').map((e) => e.line),
		b: edits.filter((e) => e.kind !== 'del').map((e) => e.line)
	};
}

describe('diffLines', () => {
	it('reproduces both inputs from the edit script', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '# new', '# free')), fc.array(fc.constantFrom('a', 'b', 'c', '# new', '# free')), (a, b) => {
				const { a: a2, b: b2 } = apply(diffLines(a, b));
				expect(a2).toEqual(a);
				expect(b2).toEqual(b);
			})
		);
	});

	it('finds a minimal script for a single changed line', () => {
		const edits = diffLines(['x', 'y', 'z'], ['x', 'Y', 'z']);
		expect(edits.filter((e) => e.kind !== 'same')).toHaveLength(2);
	});
});

describe('unifiedDiff', () => {
	it('is empty for equal transcripts', () => {
		expect(unifiedDiff(['a'], ['a'], 'x', 'y')).toBe('');
	});

	it('prints headers, a hunk range and three context lines', () => {
		const a = ['1', '2', '3', '4', '5', '6', '7', '8'];
		const b = ['1', '2', '3', '4', 'five', '6', '7', '8'];
		expect(unifiedDiff(a, b, 'expected', 'actual')).toBe(
			['--- expected', '+++ actual', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n')
		);
	});

	it('splits far-apart changes into separate hunks and joins near ones', () => {
		const a = Array.from({ length: 30 }, (_, i) => `l${i}`);
		const far = [...a];
		far[2] = 'X';
		far[25] = 'Y';
		expect(unifiedDiff(a, far, 'a', 'b').match(/^@@/gm)).toHaveLength(2);
		const near = [...a];
		near[2] = 'X';
		near[8] = 'Y';
		expect(unifiedDiff(a, near, 'a', 'b').match(/^@@/gm)).toHaveLength(1);
	});

	it('shows a transcript cut short as removed lines at the end', () => {
		const out = unifiedDiff(['a', 'b', '# free SSL#1'], ['a', 'b'], 'real', 'sim');
		expect(out).toContain('@@ -1,3 +1,2 @@');
		expect(out.trimEnd().endsWith('-# free SSL#1')).toBe(true);
	});

	it('uses the N,0 form for an insertion into an empty transcript', () => {
		expect(unifiedDiff([], ['x'], 'a', 'b')).toContain('@@ -0,0 +1,1 @@');
	});
});
