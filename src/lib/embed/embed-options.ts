/**
 * Options of the iframe embed, read from its URL. Everything in a URL is untrusted: each option is
 * parsed to a closed set of values and anything else falls back to the default. The program itself
 * travels in the fragment as a share link (share-link.ts), so it never reaches a server log.
 */
export type Theme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
	step: number | null;
	autoplay: boolean;
	readOnly: boolean;
	theme: Theme;
	/** Allowed host origin for postMessage (see messages.ts resolveHostOrigin). */
	origin: string | null;
	/** Name of a docs example to load instead of a program in the fragment. */
	example: string | null;
}

const flag = (v: string | null) => v === '1' || v === 'true' || v === '';

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const stepText = params.get('step');
	const step = stepText !== null && /^\d{1,9}$/.test(stepText) ? Number(stepText) : null;
	const themeText = params.get('theme');
	const theme: Theme = themeText === 'light' || themeText === 'dark' ? themeText : 'auto';
	const example = params.get('example');
	return {
		step,
		autoplay: params.has('autoplay') && flag(params.get('autoplay')),
		readOnly: params.has('readonly') && flag(params.get('readonly')),
		theme,
		origin: params.get('origin'),
		// Example names are file names in content/examples (SSL_CTX_add_session, guide-bug-x): no dots, no slashes.
		example: example !== null && /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/.test(example) ? example : null
	};
}
