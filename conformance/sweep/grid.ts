/**
 * Parameter grids for differential sweeps: which #define values to combine,
 * and a pairwise (all-pairs) covering subset of their product, because every
 * real run costs seconds under valgrind while most disagreements need only two
 * settings to meet.
 */

export type Defines = Record<string, string[]>;
export type Combination = Record<string, string>;

/** Every combination (the full product), in a stable order. */
export function fullProduct(defines: Defines): Combination[] {
	let rows: Combination[] = [{}];
	for (const [name, values] of Object.entries(defines)) rows = rows.flatMap((r) => values.map((v) => ({ ...r, [name]: v })));
	return rows;
}

function pairKey(a: string, va: string, b: string, vb: string): string {
	return `${a}=${va}\u0000${b}=${vb}`;
}

/**
 * A greedy all-pairs cover (AETG-like, deterministic): each value pair of any
 * two parameters appears in at least one row. Each row starts from an
 * uncovered pair and fills the other parameters one at a time with the value
 * covering most new pairs. Rows failing `allowed` are repaired by trying the
 * other values of the parameters; pairs no allowed row can hold are dropped.
 */
export function pairwise(defines: Defines, allowed: (c: Combination) => boolean = () => true): Combination[] {
	const names = Object.keys(defines);
	if (names.length < 2) return fullProduct(defines).filter(allowed);
	const uncovered = new Set<string>();
	for (let i = 0; i < names.length; i++)
		for (let j = i + 1; j < names.length; j++)
			for (const va of defines[names[i]]) for (const vb of defines[names[j]]) uncovered.add(pairKey(names[i], va, names[j], vb));
	const newPairs = (c: Combination): string[] => {
		const keys: string[] = [];
		const set = names.filter((n) => c[n] !== undefined);
		for (let i = 0; i < set.length; i++)
			for (let j = i + 1; j < set.length; j++) {
				const [a, b] = names.indexOf(set[i]) < names.indexOf(set[j]) ? [set[i], set[j]] : [set[j], set[i]];
				const k = pairKey(a, c[a], b, c[b]);
				if (uncovered.has(k)) keys.push(k);
			}
		return keys;
	};
	const rows: Combination[] = [];
	const dropped = new Set<string>();
	while ([...uncovered].some((k) => !dropped.has(k))) {
		const seed = [...uncovered].find((k) => !dropped.has(k))!;
		const [left, right] = seed.split('\u0000').map((p) => p.split('='));
		const row: Combination = { [left[0]]: left.slice(1).join('='), [right[0]]: right.slice(1).join('=') };
		for (const n of names) {
			if (row[n] !== undefined) continue;
			let best = defines[n][0];
			let bestScore = -1;
			for (const v of defines[n]) {
				const score = newPairs({ ...row, [n]: v }).length;
				if (score > bestScore) {
					best = v;
					bestScore = score;
				}
			}
			row[n] = best;
		}
		let chosen: Combination | undefined = allowed(row) ? row : undefined;
		// repair: change one free parameter at a time
		for (const n of names) {
			if (chosen || n === left[0] || n === right[0]) continue;
			for (const v of defines[n]) if (!chosen && allowed({ ...row, [n]: v })) chosen = { ...row, [n]: v };
		}
		if (!chosen) {
			dropped.add(seed);
			continue;
		}
		const ordered: Combination = {};
		for (const n of names) ordered[n] = chosen[n];
		for (const k of newPairs(ordered)) uncovered.delete(k);
		uncovered.delete(seed);
		rows.push(ordered);
	}
	return rows;
}

/** The template with each `#define NAME value` line given the combination's value. */
export function applyDefines(template: string, combination: Combination): string {
	let out = template;
	for (const [name, value] of Object.entries(combination)) {
		const re = new RegExp(`^#define ${name}\\b.*$`, 'm');
		if (!re.test(out)) throw new Error(`template has no "#define ${name}" line`);
		out = out.replace(re, `#define ${name} ${value}`);
	}
	return out;
}

/** Short, file-name-safe label of a combination, e.g. "VERSION=TLS1_3,NTICKETS=3". */
export function label(combination: Combination, base: Combination = {}): string {
	return (
		Object.entries(combination)
			.filter(([k, v]) => base[k] !== v)
			.map(([k, v]) => `${k}=${v.replace(/SSL_SESS_CACHE_|SSL_OP_|_VERSION|\s/g, '')}`)
			.join(',') || 'base'
	);
}

/** `count` combinations drawn from the full product with a seeded generator
 * (mulberry32), so a sample is reproducible from its seed; no duplicates. */
export function sample(defines: Defines, count: number, seed: number, allowed: (c: Combination) => boolean = () => true): Combination[] {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const names = Object.keys(defines);
	const seen = new Set<string>();
	const rows: Combination[] = [];
	for (let tries = 0; rows.length < count && tries < count * 50; tries++) {
		const row: Combination = {};
		for (const n of names) row[n] = defines[n][Math.floor(next() * defines[n].length)];
		const key = JSON.stringify(row);
		if (seen.has(key) || !allowed(row)) continue;
		seen.add(key);
		rows.push(row);
	}
	return rows;
}
