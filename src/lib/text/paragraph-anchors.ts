import type { HastPluginEntry } from 'satteri';
import type { Element } from 'hast';

function anchor(n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#p${n}`, className: ['para-link'], ariaLabel: `Paragraph ${n}`, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: String(n) }],
  };
}

/**
 * Gives every top-level paragraph and list item of a letter a stable id (p1, p2...) and a visible
 * link to itself, so that a reader can cite one paragraph. A mention standing alone on its line
 * (a signature, a date line) is a paragraph too: it is wrapped in <p>. A factory, so that each
 * document counts from 1.
 */
export const paragraphAnchors: HastPluginEntry = () => {
  let count = 0;
  return {
    name: 'paragraph-anchors',
    element: {
      filter: ['p', 'li'],
      visit(node, ctx) {
        if (node.tagName === 'p' && ctx.parent(node)?.type !== 'root') return;
        count += 1;
        ctx.setProperty(node, 'id', `p${count}`);
        ctx.prependChild(node, anchor(count));
      },
    },
    mdxJsxFlowElement: {
      filter: ['PersonRef', 'OrgRef', 'DocRef', 'DateRef'],
      visit(node, ctx) {
        if (ctx.parent(node)?.type !== 'root') return;
        count += 1;
        ctx.wrapNode(node, { type: 'element', tagName: 'p', properties: { id: `p${count}` }, children: [anchor(count)] });
      },
    },
  };
};
