/**
 * The Snippet C diagnostic codes, from the front end's table when it exists
 * (src/lib/snippet/front/codes.ts, owned by the snippet area).
 */
interface CodeInfo {
	title: string;
	severity?: string;
	explanation: string;
}

/** `code` spans in the table's plain text become {code: true} parts. */
function parts(text: string): { text: string; code: boolean }[] {
	return text.split('`').map((t, i) => ({ text: t, code: i % 2 === 1 })).filter((p) => p.text !== '');
}

const modules = import.meta.glob('/src/lib/snippet/front/codes.ts', { eager: true }) as Record<string, { DIAGNOSTIC_CODES?: Record<string, CodeInfo> }>;

export const load = () => {
	const table = modules['/src/lib/snippet/front/codes.ts']?.DIAGNOSTIC_CODES ?? {};
	return {
		codes: Object.entries(table)
			.map(([code, info]) => ({ code, title: info.title, severity: info.severity ?? 'error', explanation: parts(info.explanation) }))
			.sort((a, b) => a.code.localeCompare(b.code))
	};
};
