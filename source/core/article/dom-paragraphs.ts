/**
 * The text of a DOM subtree as paragraphs: one per block element (p, h1–h6,
 * li, blockquote, …), whitespace collapsed as a browser would, scripts and
 * form controls left out.
 */
export type DomParagraph = {
	text: string;
	/** The nearest block element's tag, lower-case: "p", "h2", "li", "figcaption" … */
	tag: string;
	/** Share of the text inside links: 1 for a menu item or a related-story link. */
	linkDensity: number;
	/** An enclosing element's class or id names furniture: caption, byline, share bar, related links … */
	furnitureHint: boolean;
};

export type DomNode = {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<DomNode>;
	getAttribute?: (name: string) => string | null;
};

const blockTags = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
	'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
	'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br', 'caption', 'center', 'html',
]);
const skippedTags = new Set([
	'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea',
	'button', 'input', 'head', 'title', 'meta', 'link', 'img', 'picture', 'video', 'audio', 'source',
]);
const furnitureClass =
	/(?:^|[_-])(?:caption|credits?|byline|author|share|sharing|social|related|newsletter|promo|advert|ads?|sponsor(?:ed)?|tags?|breadcrumbs?|comments?|subscribe|subscription|signup|timestamp|disclaimer|bio|recirc|read-?more)(?:$|[_-])/iu;
// Blog engines label the article element with its taxonomy: "tag-amazon", "category-news", "author-jane".
const taxonomyClass = /^(?:tag|category|post|format|status|type|author|hentry)[_-]/iu;
const containerTags = new Set(['article', 'main', 'body', 'html']);
const textNode = 3;
const elementNode = 1;
const documentNode = 9;
const fragmentNode = 11;

type Frame = {node: DomNode; tag: string; exit: boolean; hint: boolean};

function hasFurnitureClass(node: DomNode, tag: string): boolean {
	if (containerTags.has(tag)) return false;
	const names = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`.split(/\s+/u);
	return names.some(name => name.length > 1 && !taxonomyClass.test(name) && furnitureClass.test(name));
}

/** How many elements a tree has and how deep it nests, counted without recursion. */
export function domShape(root: DomNode): {elements: number; depth: number} {
	let elements = 0;
	let depth = 0;
	const stack: Array<[DomNode, number]> = [[root, 0]];
	while (stack.length > 0) {
		const [node, level] = stack.pop()!;
		if (node.nodeType !== elementNode) continue;
		elements++;
		depth = Math.max(depth, level);
		const children = node.childNodes;
		for (let index = 0; index < children.length; index++) {
			const child = children[index];
			if (child) stack.push([child, level + 1]);
		}
	}
	return {elements, depth};
}

export function domParagraphs(root: DomNode): DomParagraph[] {
	const paragraphs: DomParagraph[] = [];
	const blocks: string[] = [];
	let buffer = '';
	let linked = 0;
	let anchors = 0;
	let preDepth = 0;
	let hinted = false;
	const flush = (): void => {
		const text = preDepth > 0 ? buffer.replace(/^\n+|\s+$/gu, '') : buffer.replace(/\s+/gu, ' ').trim();
		if (text.length > 0) {
			const visible = buffer.replace(/\s+/gu, '').length;
			paragraphs.push({text, tag: blocks.at(-1) ?? 'body', linkDensity: visible === 0 ? 0 : Math.min(1, linked / visible), furnitureHint: hinted});
		}
		buffer = '';
		linked = 0;
		hinted = false;
	};
	// An explicit stack: pages nest deeper than the call stack allows.
	const stack: Frame[] = [{node: root, tag: root.nodeName.toLowerCase(), exit: false, hint: false}];
	while (stack.length > 0) {
		const frame = stack.pop()!;
		const {node, tag} = frame;
		if (frame.exit) {
			if (tag === 'a') anchors--;
			else {
				flush();
				blocks.pop();
				if (tag === 'pre') preDepth--;
			}
			continue;
		}
		if (node.nodeType === textNode) {
			const value = node.nodeValue ?? '';
			buffer += value;
			if (anchors > 0) linked += value.replace(/\s+/gu, '').length;
			if (frame.hint && value.trim().length > 0) hinted = true;
			continue;
		}
		if (node.nodeType !== elementNode && node.nodeType !== documentNode && node.nodeType !== fragmentNode) continue;
		if (skippedTags.has(tag)) continue;
		if (tag === 'td' || tag === 'th') buffer += ' ';
		const hint = frame.hint || (node.nodeType === elementNode && hasFurnitureClass(node, tag));
		if (blockTags.has(tag)) {
			flush();
			if (tag === 'br' || tag === 'hr') continue;
			blocks.push(tag);
			if (tag === 'pre') preDepth++;
			stack.push({node, tag, exit: true, hint});
		} else if (tag === 'a') {
			anchors++;
			stack.push({node, tag, exit: true, hint});
		}
		const children = node.childNodes;
		for (let index = children.length - 1; index >= 0; index--) {
			const child = children[index];
			if (child) stack.push({node: child, tag: child.nodeName.toLowerCase(), exit: false, hint});
		}
	}
	flush();
	return paragraphs;
}
