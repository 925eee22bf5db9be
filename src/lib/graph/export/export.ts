/**
 * Export the current step as a standalone SVG (styles inlined, so it renders the same outside the
 * page and in the current theme) or as a PNG rendered from that SVG.
 */
const PROPS = [
	'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-opacity', 'opacity',
	'font-family', 'font-size', 'font-weight', 'font-style', 'text-decoration', 'visibility'
];

export function serializeSvg(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg, ...svg.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	src.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const target = dst[i] as SVGElement;
		const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		target.setAttribute('style', style);
		target.removeAttribute('class');
	});
	// Interaction-only parts are noise in a picture.
	for (const hit of clone.querySelectorAll('.hit, [role="button"]')) hit.removeAttribute('tabindex');
	const box = svg.viewBox.baseVal;
	clone.setAttribute('width', String(box.width));
	clone.setAttribute('height', String(box.height));
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
	download(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export async function renderPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const text = serializeSvg(svg);
	const box = svg.viewBox.baseVal;
	const img = new Image();
	img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(box.width * scale);
	canvas.height = Math.ceil(box.height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.scale(scale, scale);
	ctx.drawImage(img, 0, 0, box.width, box.height);
	URL.revokeObjectURL(img.src);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
	download(await renderPng(svg), `${name}.png`);
}
