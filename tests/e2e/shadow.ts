// What the extension drew in the page's closed shadow root, read through the
// DevTools protocol (which the page has no access to).
import type { Page } from 'playwright-core';

interface CdpNode {
  backendNodeId?: number;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/** Nodes of the closed shadow root, read through the DevTools protocol (which the page has no access to). */
export async function closedShadowText(page: Page): Promise<{ marks: number; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let found: { marks: number; text: string } | null = null;
    const walk = (node: CdpNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType !== 'closed') continue;
        const texts: string[] = [];
        let marks = 0;
        const inner = (n: CdpNode) => {
          if (n.nodeType === 3) texts.push(n.nodeValue ?? '');
          const cls = n.attributes ? n.attributes[n.attributes.indexOf('class') + 1] : undefined;
          if (n.attributes?.includes('class') && /^mark\b/.test(cls ?? '')) marks += 1;
          for (const c of n.children ?? []) inner(c);
        };
        inner(shadow);
        found = { marks, text: texts.join(' ') };
      }
      for (const c of node.children ?? []) walk(c);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach();
  }
}



/** Clicks, as a person would (a trusted click at its place on screen), the first element with `className` in the closed shadow root. */
export async function clickInClosedShadow(page: Page, className: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let point: { x: number; y: number } | null = null;
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let id: number | undefined;
    const find = (n: CdpNode, inside: boolean) => {
      const i = n.attributes?.indexOf('class') ?? -1;
      if (inside && id === undefined && i >= 0 && n.attributes![i + 1]!.split(' ').includes(className)) id = n.backendNodeId;
      for (const shadow of n.shadowRoots ?? []) find(shadow, inside || shadow.shadowRootType === 'closed');
      for (const c of n.children ?? []) find(c, inside);
    };
    find(root, false);
    if (id === undefined) throw new Error(`no .${className} in a closed shadow root`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: id })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    point = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
  await page.mouse.click(point.x, point.y);
}
