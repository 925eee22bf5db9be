/**
 * The Snippet C diagnostic codes, from the front end's table when it exists
 * (src/lib/snippet/front/codes.ts, owned by the snippet area).
 */
interface CodeInfo {
	title: string;
	explanation: string;
}

const modules = import.meta.glob('/src/lib/snippet/front/codes.ts', { eager: true }) as Record<string, { DIAGNOSTIC_CODES?: Record<string, CodeInfo> }>;

export const load = () => {
	const table = modules['/src/lib/snippet/front/codes.ts']?.DIAGNOSTIC_CODES ?? {};
	return {
		codes: Object.entries(table)
			.map(([code, info]) => ({ code, title: info.title, explanation: info.explanation }))
			.sort((a, b) => a.code.localeCompare(b.code))
	};
};
