/**
 * A small C highlighter for the docs. It runs at build time (prerender), so the
 * pages ship coloured, linked code without any highlighting JavaScript.
 * Known function names become links to their man page.
 */

export type LinkFor = (name: string) => string | undefined;

const keywords = new Set(
	'if else while do for switch case default break continue return sizeof static const goto extern'.split(' ')
);
const types = new Set(
	(
		'void char short int long unsigned signed size_t time_t uint8_t uint32_t uint64_t ' +
		'SSL SSL_CTX SSL_SESSION SSL_METHOD SSL_CIPHER BIO X509 FILE'
	).split(' ')
);

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// One alternation, tried left to right at each position; the group that matched names the token.
const tokenPattern =
	/(\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*)|(^[ \t]*#[^\n]*)|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)|(\b0[xX][0-9a-fA-F]+[uUlL]*\b|\b\d+[uUlL]*\b)|([A-Za-z_]\w*)/gm;

/** Highlights C source; returns HTML (no surrounding <pre>). */
export function highlightC(source: string, linkFor: LinkFor = () => undefined): string {
	let out = '';
	let last = 0;
	for (const m of source.matchAll(tokenPattern)) {
		const at = m.index ?? 0;
		out += escapeHtml(source.slice(last, at));
		last = at + m[0].length;
		const text = escapeHtml(m[0]);
		if (m[1]) out += `<span class="tok-c">${text}</span>`;
		else if (m[2]) out += `<span class="tok-p">${highlightInclude(m[0])}</span>`;
		else if (m[3]) out += `<span class="tok-s">${text}</span>`;
		else if (m[4]) out += `<span class="tok-n">${text}</span>`;
		else out += identifier(m[0], linkFor);
	}
	return out + escapeHtml(source.slice(last));
}

function highlightInclude(line: string): string {
	return escapeHtml(line);
}

function identifier(name: string, linkFor: LinkFor): string {
	if (keywords.has(name)) return `<span class="tok-k">${name}</span>`;
	if (types.has(name)) return `<span class="tok-t">${name}</span>`;
	const href = linkFor(name);
	if (href) return `<a class="tok-f" href="${escapeHtml(href)}">${name}</a>`;
	if (/^[A-Z][A-Z0-9_]+$/.test(name) && name.length > 2) return `<span class="tok-m">${name}</span>`;
	return name;
}
