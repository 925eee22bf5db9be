import { error } from '@sveltejs/kit';
import { allNames, manHref, manList, neighbours, pageForName, renderMan } from '$lib/site/content.server';

/** One URL per function name: the group page itself, or an alias page pointing into it. */
export const entries = () => allNames().map((name) => ({ name }));

export const load = async ({ params }) => {
	const meta = pageForName(params.name);
	if (!meta) error(404, `No page documents ${params.name}`);
	if (meta.slug !== params.name) {
		return { kind: 'alias' as const, name: params.name, meta, target: `${manHref(meta.slug)}#${params.name}` };
	}
	const parts = await renderMan(meta.slug);
	return {
		kind: 'page' as const,
		meta,
		parts: parts ?? [],
		count: manList().length,
		...neighbours(manHref(meta.slug))
	};
};
