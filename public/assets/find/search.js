// Search and finder (/search/, /find/): Pagefind full-text search with facets, plus the name/code lookup.
// One Pagefind index per province (/pagefind/<id>/): a chosen province loads only its own index; "all
// provinces" merges them. External file, no eval: runs under script-src 'self' 'wasm-unsafe-eval'.
import { lookup } from './lookup.js';
import { compareSelection } from './compare-selection.js';

const PAGE_SIZE = 20;
const form = document.querySelector('[data-search-form]');
const results = document.querySelector('[data-results]');
const status = results.querySelector('[data-status]');
const hitList = results.querySelector('[data-hits]');
const lookupBlock = results.querySelector('[data-lookup-block]');
const lookupList = results.querySelector('[data-lookup]');
const moreButton = results.querySelector('[data-more]');
const findMode = form.dataset.mode === 'find';
const partitionSelect = form.querySelector('[data-partition]');
const filterSelects = [...form.querySelectorAll('[data-filter]')];
const perProvinceSelects = filterSelects.filter((s) => s.hasAttribute('data-per-province'));

const partitionsPromise = fetch('/search/partitions.json').then((r) => r.json());
const engines = new Map();

/** A Pagefind instance over one province's index, or over all of them merged. Cached per choice. */
function engine(partitionId) {
  if (!engines.has(partitionId)) {
    engines.set(
      partitionId,
      (async () => {
        const partitions = await partitionsPromise;
        const ids = partitionId ? [partitionId] : partitions.map((p) => p.id);
        const [first, ...rest] = ids.map((id) => `/pagefind/${encodeURIComponent(id)}/`);
        const pagefind = await import(`${first}pagefind.js`);
        const instance = pagefind.createInstance({ basePath: first, baseUrl: '/' });
        await instance.init();
        for (const path of rest) await instance.mergeIndex(path);
        return instance;
      })(),
    );
  }
  return engines.get(partitionId);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (field.name && params.has(field.name)) field.value = params.get(field.name);
  }
  return params;
}

function writeUrl() {
  const params = new URLSearchParams();
  for (const field of form.elements) if (field.name && field.value) params.set(field.name, field.value);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
}

/** 市 and 县 options come from the chosen province's own index, with how many townships each has. */
async function fillPerProvinceOptions() {
  const partitionId = partitionSelect.value;
  for (const select of perProvinceSelects) {
    const wanted = new URLSearchParams(location.search).get(select.name) ?? select.value;
    select.replaceChildren(new Option(partitionId ? '不限' : '先选择省份', ''));
    select.disabled = !partitionId;
    if (!partitionId) continue;
    const counts = (await (await engine(partitionId)).filters())[select.dataset.filter] ?? {};
    for (const [value, count] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
      select.add(new Option(`${value}（${count}）`, value));
    }
    select.value = wanted in counts ? wanted : '';
  }
}

function chosenFilters() {
  const filters = {};
  for (const select of filterSelects) if (select.value && !select.disabled) filters[select.dataset.filter] = select.value;
  return filters;
}

/** Pagefind's excerpt marks matches with <mark>; everything else is taken as text. */
function excerptNode(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else p.append(node.textContent);
  }
  return p;
}

function townshipSlug(url) {
  const match = /^\/townships\/(.+)\/$/.exec(new URL(url, location.origin).pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

function compareButton(slug, name) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'compare-toggle';
  button.dataset.slug = slug;
  const sync = () => {
    const chosen = compareSelection.has(slug);
    button.setAttribute('aria-pressed', String(chosen));
    button.textContent = chosen ? `已加入对比` : `加入对比`;
    button.setAttribute('aria-label', `${name}：${chosen ? '已加入对比，按此移出' : '加入对比'}`);
    button.disabled = !chosen && compareSelection.full();
  };
  button.addEventListener('click', () => {
    compareSelection.toggle(slug);
    renderCompareBar();
  });
  button.sync = sync;
  sync();
  return button;
}

function hitItem(data) {
  const li = document.createElement('li');
  const title = document.createElement('a');
  title.className = 'hit-title';
  title.href = data.url;
  title.textContent = data.meta?.title ?? data.url;
  const f = data.filters ?? {};
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [
    [f.province, f.city, f.county].flat().filter((v) => v && v !== '未公布').join(' '),
    f.kind && `${f.kind}`,
    f.population && `人口${f.population}`,
    f.bodies && (String(f.bodies) === '未列机构' ? '未列机构' : `机构${f.bodies}`),
    f.staffing && `编制${f.staffing}`,
    f.platforms && `${f.platforms}`,
  ]
    .flat()
    .filter(Boolean)
    .join(' · ');
  li.append(title, meta);
  if (data.excerpt && form.q.value.trim()) li.append(excerptNode(data.excerpt));
  const slug = townshipSlug(data.url);
  if (slug) li.append(compareButton(slug, title.textContent));
  return li;
}

let run = 0;
let pending = [];

async function showMore() {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  hitList.append(...data.map(hitItem));
  moreButton.hidden = pending.length === 0;
}

async function showLookup(query, thisRun) {
  const matches = query ? await lookup(query) : [];
  if (thisRun !== run) return [];
  lookupList.replaceChildren(
    ...matches.map(([name, url, region, code]) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = url;
      a.textContent = name;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` ${region}${code ? ` · 统计用区划代码 ${code}` : ''}`;
      li.append(a, meta);
      return li;
    }),
  );
  lookupBlock.hidden = matches.length === 0;
  return matches;
}

async function search() {
  const thisRun = ++run;
  const query = form.q.value.trim();
  const filters = chosenFilters();
  const [sortKey, sortOrder] = form.sort.value.split(':');
  results.hidden = false;
  hitList.replaceChildren();
  moreButton.hidden = true;
  if (!query && !findMode && !Object.keys(filters).length && !partitionSelect.value) {
    lookupBlock.hidden = true;
    status.textContent = '请输入关键词或选择筛选条件。';
    return;
  }
  status.textContent = '正在搜索…';
  try {
    const [matches, instance] = await Promise.all([showLookup(query, thisRun), engine(partitionSelect.value)]);
    const found = await instance.search(query || null, { filters, ...(sortKey ? { sort: { [sortKey]: sortOrder } } : {}) });
    if (thisRun !== run) return;
    // A township found by name or code is already listed above; do not list it twice.
    const shown = new Set(matches.map(([, url]) => url));
    const all = await Promise.all(found.results.map(async (r) => ({ r, url: (await r.data()).url })));
    if (thisRun !== run) return;
    // The finder lists townships; county pages are full-text results of the search page only.
    pending = all.filter(({ url }) => !shown.has(url) && (!findMode || townshipSlug(url))).map(({ r }) => r);
    const total = pending.length + matches.length;
    await showMore();
    if (thisRun !== run) return;
    // Announced last, once the list is there: screen readers and tests alike read a finished page.
    status.textContent = total ? `找到 ${total} 个结果。` : '没有找到符合条件的结果。可以减少筛选条件或换一个关键词。';
  } catch (error) {
    status.textContent = '搜索暂时无法使用，请稍后再试，或按省份浏览全部乡镇。';
    console.error(error);
  }
}

function renderCompareBar() {
  const bar = results.querySelector('[data-compare-bar]');
  const slugs = compareSelection.list();
  bar.hidden = slugs.length === 0;
  bar.querySelector('[data-compare-count]').textContent = String(slugs.length);
  const link = bar.querySelector('[data-compare-link]');
  link.href = `/compare/?${slugs.map((s) => `t=${encodeURIComponent(s)}`).join('&')}`;
  link.textContent = slugs.length < 2 ? '再选至少 1 个乡镇即可对比' : '打开对比';
  for (const button of document.querySelectorAll('.compare-toggle')) button.sync();
}

results.querySelector('[data-compare-clear]').addEventListener('click', () => {
  compareSelection.clear();
  renderCompareBar();
});
moreButton.addEventListener('click', () => showMore());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeUrl();
  search();
});
form.addEventListener('change', async (event) => {
  if (event.target === form.q) return;
  if (event.target === partitionSelect) {
    for (const select of perProvinceSelects) select.value = '';
    await fillPerProvinceOptions();
  }
  writeUrl();
  search();
});
window.addEventListener('popstate', async () => {
  readUrl();
  await fillPerProvinceOptions();
  search();
});

for (const note of document.querySelectorAll('[data-needs-js]')) note.hidden = true;
form.hidden = false;
readUrl();
renderCompareBar();
await fillPerProvinceOptions();
if (findMode || form.q.value || new URLSearchParams(location.search).size) search();
