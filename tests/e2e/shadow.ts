// What the extension drew in the page's closed shadow root, read through the
// DevTools protocol (which the page has no access to).
import type { Page } from 'playwright-core';

interface CdpNode {
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


