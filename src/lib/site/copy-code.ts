/**
 * Svelte action: adds a Copy button to every prerendered code block (pre.code)
 * that is not inside an example block, which has its own.
 */
export default function copyCode(node: HTMLElement) {
	const buttons: HTMLButtonElement[] = [];
	for (const pre of node.querySelectorAll<HTMLPreElement>('pre.code')) {
		if (pre.closest('.example')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-code';
		button.textContent = 'Copy';
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(pre.querySelector('code')?.textContent ?? '');
				button.textContent = 'Copied';
				setTimeout(() => (button.textContent = 'Copy'), 1500);
			} catch {
				button.textContent = 'Copy failed';
			}
		});
		pre.classList.add('has-copy');
		pre.prepend(button);
		buttons.push(button);
	}
	return {
		destroy() {
			for (const b of buttons) b.remove();
		}
	};
}
