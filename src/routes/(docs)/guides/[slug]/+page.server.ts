import { error } from '@sveltejs/kit';
import { guideHref, guideList, neighbours, renderGuide } from '$lib/site/content.server';

export const entries = () => guideList().map((g) => ({ slug: g.slug }));

export const load = async ({ params }) => {
	const guide = renderGuide(params.slug);
	if (!guide) error(404, `No guide ${params.slug}`);
	return { meta: guide.meta, parts: await guide.parts, ...neighbours(guideHref(params.slug)) };
};
