import { hrefForName, libraryFunctions, manHref, manList, sectionOrder } from '$lib/site/content.server';

export const load = () => {
	const pages = manList();
	return {
		sections: sectionOrder
			.map((title) => ({ title, pages: pages.filter((p) => p.section === title).map((p) => ({ ...p, href: manHref(p.slug) })) }))
			.filter((s) => s.pages.length),
		names: pages
			.flatMap((p) => p.names)
			.sort((a, b) => a.localeCompare(b))
			.map((name) => ({ name, href: hrefForName(name)! })),
		undocumented: libraryFunctions().filter((n) => !hrefForName(n))
	};
};
