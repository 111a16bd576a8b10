// A real XML parser (saxes) for tests: a document either parses as well-formed XML 1.0 or the
// test fails with saxes's message; the result is a small element tree to query.
import { SaxesParser } from 'saxes';

/** An element of a parsed document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (CDATA included), concatenated. */
  text: string;
}

/** Parses `xml`; throws on the first well-formedness error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void (stack.at(-1)!.text += t));
  parser.on('cdata', (t) => void (stack.at(-1)!.text += t));
  parser.write(xml).close();
  if (error) throw error;
  return root;
}

/** Every element named `name` under `el`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The first element named `name` under `el`, or a failure. */
export function findOne(el: XmlElement, name: string): XmlElement {
  const found = findAll(el, name)[0];
  if (!found) throw new Error(`no <${name}> element`);
  return found;
}
