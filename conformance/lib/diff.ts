/**
 * Line diff (Myers' O(ND) algorithm) and its unified-diff rendering, for
 * showing how a transcript differs from the expected one.
 */

export type EditKind = 'same' | 'del' | 'add';
export interface Edit {
	kind: EditKind;
	line: string;
}

/** Shortest edit script turning `a` into `b`. */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
	const n = a.length;
	const m = b.length;
	const max = n + m;
	const offset = max + 1;
	const v = new Int32Array(2 * max + 3);
	const trace: Int32Array[] = [];
	let found = false;
	for (let d = 0; d <= max && !found; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x =
				k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) {
				found = true;
				break;
			}
		}
	}
	// walk back through the saved frontiers
	const edits: Edit[] = [];
	let x = n;
	let y = m;
	for (let d = trace.length - 1; d >= 0; d--) {
		const vd = trace[d];
		const k = x - y;
		const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
		const prevX = d === 0 ? 0 : vd[offset + prevK];
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			edits.push({ kind: 'same', line: a[x - 1] });
			x--;
			y--;
		}
		if (d === 0) break;
		if (x === prevX) edits.push({ kind: 'add', line: b[prevY] });
		else edits.push({ kind: 'del', line: a[prevX] });
		x = prevX;
		y = prevY;
	}
	return edits.reverse();
}

/** Unified diff of two line lists, `context` unchanged lines around each change;
 * empty string when they are equal. */
export function unifiedDiff(
	a: readonly string[],
	b: readonly string[],
	labelA: string,
	labelB: string,
	context = 3
): string {
	const edits = diffLines(a, b);
	if (edits.every((e) => e.kind === 'same')) return '';
	// positions (1-based) of each edit in a and b
	const posA: number[] = [];
	const posB: number[] = [];
	let ia = 1;
	let ib = 1;
	for (const e of edits) {
		posA.push(ia);
		posB.push(ib);
		if (e.kind !== 'add') ia++;
		if (e.kind !== 'del') ib++;
	}
	const out = [`--- ${labelA}`, `+++ ${labelB}`];
	let i = 0;
	while (i < edits.length) {
		if (edits[i].kind === 'same') {
			i++;
			continue;
		}
		// a hunk: from `context` lines before this change to `context` lines after the
		// last change that is at most 2*context unchanged lines away
		const start = Math.max(0, i - context);
		let end = i;
		let j = i;
		while (j < edits.length) {
			if (edits[j].kind !== 'same') {
				end = j;
				j++;
				continue;
			}
			let run = 0;
			while (j + run < edits.length && edits[j + run].kind === 'same') run++;
			if (j + run >= edits.length || run > 2 * context) break;
			j += run;
		}
		const stop = Math.min(edits.length, end + context + 1);
		const hunk = edits.slice(start, stop);
		const countA = hunk.filter((e) => e.kind !== 'add').length;
		const countB = hunk.filter((e) => e.kind !== 'del').length;
		const fromA = countA === 0 ? posA[start] - 1 : posA[start];
		const fromB = countB === 0 ? posB[start] - 1 : posB[start];
		out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`);
		for (const e of hunk) out.push((e.kind === 'same' ? ' ' : e.kind === 'del' ? '-' : '+') + e.line);
		i = stop;
	}
	return out.join('\n') + '\n';
}
