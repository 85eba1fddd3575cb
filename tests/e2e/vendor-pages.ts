// The vendors' pages as the e2e tests serve them: each fixture with the URL
// and fields its .expected.json gives, and a page script that registers
// values the way Angular and React do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * Stands in for Angular's and React's value registration: a value counts only
 * when an `input` or `change` event reports it and it differs from the last
 * value the page saw (React's value tracker). Angular Material's select is
 * emulated too: a click on the trigger opens options in a CDK overlay.
 */
const PAGE_SCRIPT = `<script>
window.__registered = {};
(function () {
  var seen = new WeakMap();
  function record(e) {
    var t = e.target;
    if (!t || !('value' in t) || t.type === 'password') return;
    if (t.type === 'radio') { if (t.checked) window.__registered[t.name] = t.value; return; }
    var key = t.id || t.name || t.getAttribute('ng-model');
    if (seen.get(t) === t.value) return;
    seen.set(t, t.value);
    window.__registered[key] = t.value;
  }
  document.addEventListener('input', record, true);
  document.addEventListener('change', record, true);
  var OPTIONS = { 'mat-select-0': ['MALE', 'FEMALE'], 'mat-select-2': ['BRITISH INDIAN OCEAN TERRITORY', 'INDIA', 'MOROCCO', 'BELGIUM'] };
  document.addEventListener('click', function (e) {
    var select = e.target.closest && e.target.closest('mat-select');
    if (!select || !OPTIONS[select.id]) return;
    var container = document.querySelector('.cdk-overlay-container') || document.body;
    var overlay = document.createElement('div');
    overlay.className = 'cdk-overlay-pane';
    OPTIONS[select.id].forEach(function (text) {
      var option = document.createElement('mat-option');
      option.setAttribute('role', 'option');
      option.textContent = text;
      option.addEventListener('click', function () {
        select.querySelector('.mat-mdc-select-value').innerHTML = '<span class="mat-mdc-select-value-text"><span>' + text + '</span></span>';
        window.__registered[select.id] = text;
        overlay.remove();
      });
      overlay.append(option);
    });
    container.append(overlay);
  });
})();
</script>`;

export interface Expected {
  url: string;
  site: string | null;
  pageType: string | null;
  fields: { selector: string; kind: string }[];
}

export const fixtures = ['vfsglobal', 'tlscontact', 'visaonweb', 'hostile'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const page = f.replace('.expected.json', '');
      return { name: `${folder}/${page}`, html: readFileSync(join(FIXTURES, folder, `${page}.html`), 'utf8'), expected: JSON.parse(readFileSync(join(FIXTURES, folder, f), 'utf8')) as Expected };
    }),
);

export function fixture(name: string) {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** The fixture with the page script that records what the page registered in `window.__registered`. */
export function withScript(html: string): string {
  return html.replace('</body>', `${PAGE_SCRIPT}</body>`);
}
