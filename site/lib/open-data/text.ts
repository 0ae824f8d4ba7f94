interface BlockNode {
  type: string;
  text?: unknown;
  children?: unknown;
}

/** Plain text of Strapi rich-text blocks: one paragraph, heading, list item or quote per line. */
export function blocksToText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  const inline = (list: unknown): string =>
    (Array.isArray(list) ? (list as BlockNode[]) : []).map((n) => (n.type === 'text' ? String(n.text ?? '') : inline(n.children))).join('');
  return (nodes as BlockNode[])
    .flatMap((node) =>
      node.type === 'list'
        ? (Array.isArray(node.children) ? (node.children as BlockNode[]) : []).map((item) => `- ${inline(item.children)}`)
        : [inline(node.children)],
    )
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** A postal address on one line: "Kardemomstraat 12A, 3531 AB Utrecht". */
export function addressLine(
  address:
    | { street?: string | null; houseNumber?: string | null; houseNumberAddition?: string | null; postcode?: string | null; city?: string | null }
    | null
    | undefined,
): string {
  if (!address?.street) return '';
  const street = [address.street, [address.houseNumber, address.houseNumberAddition].filter(Boolean).join('')].filter(Boolean).join(' ');
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ');
}
