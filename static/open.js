// The entry of open.html, the page a Cadre link opens (`…/open.html#cadre=…`): it loads
// the agreement module alone (dist/agreement/), not the app's first screen, and gives it
// the whole page. Copied to dist/agreement/open.js by scripts/lib.sh (build_release).
import init, { mount } from './agreement.js';

const FAILED = 'Cadre n’a pas pu ouvrir ce contrat (hors ligne ?) : rechargez la page une fois connecté, le lien reste valable. / Cadre could not open this contract (offline?): reload the page once connected, the link still works.';

// Another link pasted into this tab's address bar changes only the fragment: reload.
addEventListener('hashchange', () => location.reload());

init({ module_or_path: new URL('agreement_bg.wasm', import.meta.url) })
  .then(() => mount(document.body, 'auto', location.hash))
  .catch(() => { document.body.textContent = FAILED; });
