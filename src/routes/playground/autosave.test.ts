import { describe, expect, it } from 'vitest';
import { loadDraft, saveDraft, type StorageLike } from './autosave';

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('playground autosave', () => {
	it('loadDraft returns what saveDraft stored', () => {
		const s = memory();
		expect(saveDraft(s, 'int main(void) { return 0; }')).toBe(true);
		expect(loadDraft(s)).toBe('int main(void) { return 0; }');
	});

	it('loadDraft returns null when storage throws', () => {
		const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
		expect(loadDraft(broken)).toBeNull();
		expect(saveDraft(broken, 'x')).toBe(false);
	});

	it('saveDraft refuses programs over the size limit', () => {
		expect(saveDraft(memory(), 'x'.repeat(600 * 1024))).toBe(false);
	});
});
