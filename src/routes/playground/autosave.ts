/**
 * Autosave for the playground: the program is written to localStorage after each change (debounced
 * by the caller) so a reload loses nothing. Storage can be unavailable (private mode, quota, a
 * sandboxed iframe): every access is guarded and failure just means no autosave.
 */
const KEY = 'session-lab:playground:v1';
const MAX_BYTES = 512 * 1024;

export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export function loadDraft(storage: StorageLike | undefined): string | null {
	try {
		const text = storage?.getItem(KEY) ?? null;
		return typeof text === 'string' && text.length <= MAX_BYTES ? text : null;
	} catch {
		return null;
	}
}

export function saveDraft(storage: StorageLike | undefined, source: string): boolean {
	if (source.length > MAX_BYTES) return false;
	try {
		storage?.setItem(KEY, source);
		return storage !== undefined;
	} catch {
		return false;
	}
}
