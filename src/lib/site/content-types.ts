/** Shapes of the docs content shared by server loaders and components. */

export interface ManMeta {
	/** URL slug: the first name of the page, as OpenSSL names its man pages. */
	slug: string;
	names: string[];
	summary: string;
	seeAlso: string[];
	/** Sidebar group heading. */
	section: string;
}

export interface GuideMeta {
	slug: string;
	title: string;
	summary: string;
	order: number;
}

export interface ExampleData {
	name: string;
	/** The C source, as run by the Run button and the conformance suite. */
	code: string;
	/** Highlighted, linked HTML of the source (built at prerender time). */
	html: string;
	/** The transcript of the same file under real OpenSSL 3.0 (content/examples/NAME.expected). */
	output: string;
	/** True when the example demonstrates a memory error on purpose. */
	faulty: boolean;
	/** Playground share link payload (`#code=…`, built at prerender time so pages do not ship the compressor). */
	shareLink?: string;
}

/** A page body: HTML chunks with example blocks between them. */
export type Part = { kind: 'html'; html: string } | { kind: 'example'; example: ExampleData };

export interface NavLink {
	href: string;
	title: string;
}

export interface NavData {
	guides: { href: string; title: string }[];
	sections: { title: string; pages: { href: string; slug: string; names: string[] }[] }[];
}
