/**
 * An id for an item that has none, from its text: "Who sealed the charter
 * in 1215?" → "who-sealed-the-charter-in-1215". At most 40 characters, cut
 * at a word; it starts with a letter, so YAML reads it as text and never as a
 * number or true/false (`prefix` is put in front otherwise), and it is
 * made unique among `taken` with -2, -3, ….
 */
export function uniqueSlug(text: string, prefix: string, taken: ReadonlySet<string>): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(word => word !== '');
	let slug = '';
	for (const word of words) {
		const longer = slug === '' ? word.slice(0, 40) : `${slug}-${word}`;
		if (longer.length > 40) break;
		slug = longer;
	}
	if (slug === '') slug = prefix;
	else if (!/^[a-z]/.test(slug) || /^(?:true|false|null)$/.test(slug)) slug = `${prefix}-${slug}`;
	if (!taken.has(slug)) return slug;
	for (let suffix = 2; ; suffix++) {
		if (!taken.has(`${slug}-${suffix}`)) return `${slug}-${suffix}`;
	}
}
