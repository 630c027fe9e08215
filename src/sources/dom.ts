import { parseHTML } from 'linkedom';

/*
 * The DOM behind HTML articles is linkedom, not jsdom: it is a few hundred kB against jsdom's
 * several MB of dependencies, parses an article page in milliseconds, works with
 * @mozilla/readability as is, and never runs scripts or loads resources. (jsdom 31 also needs
 * Node 22.) The project compiles without the DOM lib, so the little of the DOM we touch is
 * typed here.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface HtmlDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function parseHtmlDocument(html: string): HtmlDocument {
  // linkedom only builds a proper document (documentElement, body) around a full page.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as HtmlDocument;
}
