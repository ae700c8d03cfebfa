/**
 * Cloning a document while keeping track of where given nodes went, so that a stage can work on
 * a copy (Readability mutates what it parses) and still know which copied nodes the spam stage
 * flagged on the original.
 */

/**
 * Deep-clones `doc` and returns the copies of `nodes` (same order; `null` where a node is not in
 * the document). Walks both trees in step once, so the cost is linear in the document size.
 */
export function cloneWithMap(doc: Document, nodes: readonly Node[]): { clone: Document; copies: (Node | null)[] } {
  const clone = doc.cloneNode(true) as Document;
  if (nodes.length === 0) return { clone, copies: [] };
  const wanted = new Map<Node, number[]>();
  nodes.forEach((node, i) => {
    const list = wanted.get(node);
    if (list) list.push(i);
    else wanted.set(node, [i]);
  });
  const copies: (Node | null)[] = nodes.map(() => null);
  let remaining = wanted.size;
  const stack: [Node, Node][] = [[doc, clone]];
  while (stack.length && remaining > 0) {
    const [a, b] = stack.pop()!;
    const hit = wanted.get(a);
    if (hit) {
      for (const i of hit) copies[i] = b;
      remaining--;
    }
    let ca = a.firstChild;
    let cb = b.firstChild;
    while (ca && cb) {
      stack.push([ca, cb]);
      ca = ca.nextSibling;
      cb = cb.nextSibling;
    }
  }
  return { clone, copies };
}
