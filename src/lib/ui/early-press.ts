/**
 * A button pressed before the page listened: until the page hydrates (a few hundred
 * milliseconds after its first paint on a slow phone), a press does nothing. app.html's first
 * script keeps the last button pressed (outside a form, whose buttons the browser acts on
 * itself); once the page listens, it is pressed again, as the reader meant.
 */
export function pressEarlyButton(): void {
	const button = window.earlyPress?.();
	if (button?.isConnected && !button.disabled) button.click();
}
