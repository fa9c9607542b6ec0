// The site's only script: sample tabs (one choice for every tab group, remembered), copy buttons, the phone menu,
// and search (MiniSearch and the index are fetched the first time the search box is used). It reads the page and
// writes text only (textContent, attributes it sets itself): nothing from the index becomes markup.

const ROOT = new URL('../', import.meta.url);
const LANG_KEY = 'docs-sample-lang';

function selectLanguage(lang, remember) {
  for (const group of document.querySelectorAll('.samples')) {
    const tabs = [...group.querySelectorAll('[role="tab"]')];
    const chosen = tabs.find((tab) => tab.dataset.lang === lang);
    if (!chosen) continue;
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls'));
      if (panel) panel.hidden = !selected;
    }
  }
  if (remember) {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Storage may be disabled; the choice then lasts for this page.
    }
  }
}

function setUpTabs() {
  document.addEventListener('click', (event) => {
    const tab = event.target.closest('.samples [role="tab"]');
    if (tab) selectLanguage(tab.dataset.lang, true);
  });
  document.addEventListener('keydown', (event) => {
    const tab = event.target.closest && event.target.closest('.samples [role="tab"]');
    if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const tabs = [...tab.parentElement.querySelectorAll('[role="tab"]')];
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    selectLanguage(next.dataset.lang, true);
    next.focus();
  });
  let saved = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  if (saved) selectLanguage(saved, false);
}

function setUpCopy() {
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button.copy');
    if (!button) return;
    const code = button.parentElement.querySelector('code');
    try {
      await navigator.clipboard.writeText(code ? code.textContent : '');
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Press Ctrl+C';
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
}

function setUpMenu() {
  const toggle = document.querySelector('.nav-toggle');
  const sidebar = document.getElementById('sidebar');
  if (!toggle || !sidebar) return;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('nav-open', open);
  });
  sidebar.addEventListener('click', (event) => {
    if (event.target.closest('a')) {
      toggle.setAttribute('aria-expanded', 'false');
      document.body.classList.remove('nav-open');
    }
  });
}

let searchReady;

/** MiniSearch and the index, loaded once, on first use. */
function loadSearch() {
  searchReady ??= Promise.all([
    import('./minisearch.js'),
    import('./search.js'),
    fetch(new URL('search-index.json', ROOT)).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    }),
  ]).then(([{ default: MiniSearch }, searchModule, data]) => ({ index: searchModule.loadIndex(MiniSearch, data), searchModule }));
  return searchReady;
}

function setUpSearch() {
  const input = document.getElementById('search');
  const list = document.getElementById('search-results');
  if (!input || !list) return;
  let active = -1;
  const items = () => [...list.querySelectorAll('a')];
  const highlightItem = (index) => {
    const links = items();
    active = Math.max(-1, Math.min(index, links.length - 1));
    links.forEach((link, i) => link.setAttribute('aria-current', String(i === active)));
  };
  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.hidden = true;
      list.replaceChildren();
      return;
    }
    const { index, searchModule } = await loadSearch();
    if (input.value.trim() !== query) return;
    const results = searchModule.search(index, query);
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = new URL(result.id, ROOT).href;
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = result.title;
        const where = document.createElement('span');
        where.className = 'result-summary';
        where.textContent = result.summary;
        link.append(title, where);
        item.append(link);
        return item;
      }),
    );
    if (results.length === 0) {
      const item = document.createElement('li');
      item.className = 'empty';
      item.textContent = 'No results';
      list.append(item);
    }
    list.hidden = false;
    highlightItem(0);
  };
  input.addEventListener('focus', () => void loadSearch().catch(() => {}), { once: true });
  input.addEventListener('input', () => void run().catch((error) => console.warn(error)));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlightItem(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const link = items()[Math.max(active, 0)];
      if (link) link.click();
    } else if (event.key === 'Escape') {
      list.hidden = true;
      input.blur();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !/^(INPUT|TEXTAREA)$/.test(document.activeElement?.tagName ?? '')) {
      event.preventDefault();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!event.target.closest('.search')) list.hidden = true;
  });
}

setUpTabs();
setUpCopy();
setUpMenu();
setUpSearch();
