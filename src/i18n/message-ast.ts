// The few shapes of FormatJS's message syntax tree this module reads (literal text, arguments,
// plural/select branches, rich-text tags), named here so no other file depends on the parser's
// own types.

/** Element kinds of `@formatjs/icu-messageformat-parser` (its `TYPE` enum). */
export const ELEMENT = {
  literal: 0,
  argument: 1,
  number: 2,
  date: 3,
  time: 4,
  select: 5,
  plural: 6,
  pound: 7,
  tag: 8,
} as const;

/** One node of a parsed message. */
export interface MessageElement {
  type: number;
  value?: string;
  options?: Record<string, { value: MessageElement[] }>;
  children?: MessageElement[];
  [other: string]: unknown;
}

/** A copy of `elements` with every piece of literal text passed through `change`. */
export function mapLiterals(elements: MessageElement[], change: (text: string) => string): MessageElement[] {
  return elements.map((el) => {
    if (el.type === ELEMENT.literal) return { ...el, value: change(el.value ?? '') };
    const copy: MessageElement = { ...el };
    if (el.options) {
      copy.options = {};
      for (const [k, option] of Object.entries(el.options))
        copy.options[k] = { ...option, value: mapLiterals(option.value, change) };
    }
    if (el.children) copy.children = mapLiterals(el.children, change);
    return copy;
  });
}

/**
 * What a message asks of its caller: argument names and tag names. The kind of an argument may
 * differ between languages (English needs `{count, plural, …}` where Chinese writes `{count}`).
 */
export interface MessageShape {
  arguments: Set<string>;
  tags: Set<string>;
}

const ARGUMENT_KINDS: ReadonlySet<number> = new Set([
  ELEMENT.argument,
  ELEMENT.number,
  ELEMENT.date,
  ELEMENT.time,
  ELEMENT.select,
  ELEMENT.plural,
]);

/** The arguments and tags used anywhere in `elements`. */
export function shapeOf(
  elements: MessageElement[],
  shape: MessageShape = { arguments: new Set(), tags: new Set() },
): MessageShape {
  for (const el of elements) {
    if (ARGUMENT_KINDS.has(el.type) && el.value !== undefined) shape.arguments.add(el.value);
    if (el.type === ELEMENT.tag && el.value !== undefined) shape.tags.add(el.value);
    if (el.options) for (const option of Object.values(el.options)) shapeOf(option.value, shape);
    if (el.children) shapeOf(el.children, shape);
  }
  return shape;
}
