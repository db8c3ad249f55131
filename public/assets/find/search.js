// Search and finder (/search/, /find/): the name/code lookup, then Pagefind full-text search with facets.
//
// What a query downloads is bounded, whatever the size of the country (docs/scale.md):
// - an exact township name or 统计用区划代码 is answered from one small lookup shard, without Pagefind;
// - one Pagefind index per province (/pagefind/<id>/); a chosen province opens only its own. For 全部省份 the
//   word census (/pagefind/census/, see census.js) and the facet counts (/search/facets.json) say which
//   provinces can answer and about how many results each has; provinces are then opened one after another,
//   merged into one Pagefind instance, only as far as the page of results being shown needs;
// - a result's fragment (title, excerpt, facets) is fetched only when that result is shown, PAGE_SIZE at a time.
// External file, no eval: runs under script-src 'self' 'wasm-unsafe-eval'.
import { lookup, isExactMatch } from './lookup.js';
import { compareSelection } from './compare-selection.js';
import { bucketOf, estimateByFacets, estimateByWords, expandEntries, orderPartitions, queryWords } from './census.js';
import { MAX_PARTITIONS_PER_PAGE, PAGE_SIZE } from './paging.js';

const form = document.querySelector('[data-search-form]');
const results = document.querySelector('[data-results]');
const status = results.querySelector('[data-status]');
const hitList = results.querySelector('[data-hits]');
const lookupBlock = results.querySelector('[data-lookup-block]');
const lookupList = results.querySelector('[data-lookup]');
const fullTextButton = results.querySelector('[data-fulltext]');
const moreButton = results.querySelector('[data-more]');
const findMode = form.dataset.mode === 'find';
const partitionSelect = form.querySelector('[data-partition]');
const filterSelects = [...form.querySelectorAll('[data-filter]')];
const perProvinceSelects = filterSelects.filter((s) => s.hasAttribute('data-per-province'));

/** A JSON file, or `fallback` when it is missing (e.g. a site built without its search index). */
const cachedJson = new Map();
function json(url, fallback) {
  if (!cachedJson.has(url)) {
    cachedJson.set(
      url,
      fetch(url)
        .then((r) => (r.ok ? r.json() : fallback))
        .catch(() => fallback),
    );
  }
  return cachedJson.get(url);
}

/** The province partitions, as the province select lists them (the census counts index into this order). */
const partitions = [...partitionSelect.options]
  .filter((o) => o.value)
  .map((o) => ({ id: o.value, province: o.dataset.province, townships: Number(o.dataset.townships) }));
// Read at once: the HTML preloads it, and an unread preload is a console warning.
const censusManifest = json('/pagefind/census/index.json', { buckets: 1 });
const facetCensus = () => json('/search/facets.json', null);
const provinceFacets = (id) => json(`/search/facets/${encodeURIComponent(id)}.json`, {});

// ---- Pagefind: one instance per page, province indexes merged into it as they are needed ----

let engine = null;
let runtime = null;

/**
 * Pagefind's script (the same file in every province folder). Loaded from the province about to be searched
 * when that is known, else — for 全部省份 — from the first listed one, while the census decides where to look.
 */
function pagefindRuntime(id = partitions[0]?.id) {
  runtime ??= import(`/pagefind/${encodeURIComponent(id)}/pagefind.js`);
  return runtime;
}

/**
 * The Pagefind instance with partition `id` loaded. The first partition opened becomes the primary index (its
 * pagefind.js and WebAssembly are loaded once); later ones are merged in. Each index is tagged with a synthetic
 * `partition` filter, so one province's results can be asked for on their own. No web worker: it would be one
 * more 43 kB file, and a province index is small enough to search on the main thread.
 */
function openPartition(id) {
  const basePath = `/pagefind/${encodeURIComponent(id)}/`;
  if (!engine) {
    const instance = (async () => {
      const pagefind = await pagefindRuntime(id);
      const created = pagefind.createInstance({ basePath, baseUrl: '/', noWorker: true, mergeFilter: { partition: id } });
      await created.init();
      return created;
    })();
    engine = { instance, merged: new Map([[id, instance]]) };
  } else if (!engine.merged.has(id)) {
    const { instance } = engine;
    engine.merged.set(
      id,
      instance.then(async (created) => {
        await created.mergeIndex(basePath, { mergeFilter: { partition: id } });
        return created;
      }),
    );
  }
  return engine.merged.get(id);
}

// ---- Planning: which provinces to open, in which order, and about how many results each holds ----

/** The census entries for the words of a query: one small file per word (those sharing a file share it). */
async function wordCensus(words) {
  const { buckets } = await censusManifest;
  const files = [...new Set(words.map((w) => bucketOf(w, buckets)))];
  return expandEntries(Object.assign({}, ...(await Promise.all(files.map((b) => json(`/pagefind/census/${b}.json`, {}))))));
}

/** Counts given in another list's partition order, re-indexed to `partitions`. */
function byPartition(ids, counts) {
  const at = new Map(ids.map((id, i) => [id, i]));
  return partitions.map((p) => (at.has(p.id) ? (counts[at.get(p.id)] ?? 0) : 0));
}

/**
 * The provinces to open for a search, in order, each with an estimate of its results. `exact` says whether the
 * estimates are counts (no query words and at most one facet) or upper bounds.
 */
async function plan({ query, filters, partitionId }) {
  if (partitionId) {
    const chosen = partitions.filter((p) => p.id === partitionId);
    return { partitions: chosen.map((p) => ({ ...p, estimate: null })), exact: false };
  }
  const words = query ? queryWords(query) : [];
  const facets = Object.keys(filters);
  let estimates = partitions.map((p) => p.townships);
  if (words.length) {
    const byWords = estimateByWords(await wordCensus(words), words, partitions.length) ?? partitions.map(() => 0);
    // County pages are results too, unless facets or the finder keep to townships.
    estimates = findMode || facets.length ? estimates.map((n, i) => Math.min(n, byWords[i])) : byWords;
  }
  if (facets.length) {
    const census = await facetCensus();
    if (census) {
      const byFacets = byPartition(census.partitions, estimateByFacets(census, filters, census.partitions.length));
      estimates = estimates.map((n, i) => Math.min(n, byFacets[i]));
    }
  }
  return { partitions: orderPartitions(partitions, estimates, words.length > 0), exact: !words.length && facets.length <= 1 };
}

// ---- Listing: one page of results at a time ----

/**
 * The state of one search's result list: the provinces still to open, the results of the open one not yet
 * shown, and what each opened province really holds (replacing its estimate).
 */
function newListing(request, planned, shownUrls) {
  return { request, planned, queue: [...planned.partitions], current: [], found: new Map(), shown: new Set(shownUrls), listedAbove: 0 };
}

/** The filters that make Pagefind answer for one province only (the finder also leaves out county pages). */
function partitionFilters(filters, partition) {
  return findMode ? { ...filters, province: partition.province } : { ...filters, partition: partition.id };
}

/** Opens the next planned province and takes its results (Pagefind's, in relevance or the chosen sort order). */
async function openNext(listing) {
  const partition = listing.queue.shift();
  const { query, filters, sort } = listing.request;
  const instance = await openPartition(partition.id);
  const found = await instance.search(query || null, { filters: partitionFilters(filters, partition), ...(sort ? { sort } : {}) });
  listing.found.set(partition.id, found.results.length);
  listing.current = found.results;
}

/** The next page of results: fragments are fetched for these results only. */
async function nextPage(listing) {
  const page = [];
  let opened = 0;
  while (page.length < PAGE_SIZE) {
    if (!listing.current.length) {
      if (!listing.queue.length || (opened >= MAX_PARTITIONS_PER_PAGE && page.length)) break;
      await openNext(listing);
      opened++;
      continue;
    }
    const batch = listing.current.splice(0, PAGE_SIZE - page.length);
    for (const data of await Promise.all(batch.map((r) => r.data()))) {
      // A township found by name or code is listed above already; the finder lists townships only.
      if (listing.shown.has(data.url)) listing.listedAbove++;
      if (listing.shown.has(data.url) || (findMode && !townshipSlug(data.url))) continue;
      listing.shown.add(data.url);
      page.push(data);
    }
  }
  return page;
}

function hasMore(listing) {
  return listing.current.length > 0 || listing.queue.length > 0;
}

/** Results found in the opened provinces plus the estimates of the others; approximate while estimates remain. */
function total(listing) {
  let sum = 0;
  let approximate = false;
  for (const p of listing.planned.partitions) {
    if (listing.found.has(p.id)) sum += listing.found.get(p.id);
    else {
      sum += p.estimate ?? 0;
      approximate ||= !listing.planned.exact;
    }
  }
  return { sum: sum - listing.listedAbove, approximate, provinces: listing.planned.partitions.length };
}

// ---- Page ----

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

/** 市 and 县 of the chosen province, with how many townships each has (a small precomputed file). */
async function fillPerProvinceOptions() {
  const partitionId = partitionSelect.value;
  const facets = partitionId ? await provinceFacets(partitionId) : {};
  for (const select of perProvinceSelects) {
    const wanted = new URLSearchParams(location.search).get(select.name) ?? select.value;
    select.replaceChildren(new Option(partitionId ? '不限' : '先选择省份', ''));
    select.disabled = !partitionId;
    if (!partitionId) continue;
    const counts = facets[select.dataset.filter] ?? [];
    for (const [value, count] of counts) select.add(new Option(`${value}（${count}）`, value));
    select.value = counts.some(([value]) => value === wanted) ? wanted : '';
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

function renderLookup(matches) {
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
      const slug = townshipSlug(url);
      if (slug) li.append(' ', compareButton(slug, name));
      return li;
    }),
  );
  lookupBlock.hidden = matches.length === 0;
}

const number = (n) => n.toLocaleString('zh-CN');

function statusText(listing, lookedUp) {
  const { sum, approximate, provinces } = total(listing);
  const all = sum + lookedUp;
  if (!all) return '没有找到符合条件的结果。可以减少筛选条件或换一个关键词。';
  if (!approximate || provinces <= 1) return `找到 ${number(all)} 个结果。`;
  return `找到约 ${number(all)} 个结果，分布在 ${provinces} 个省份，按省份依次列出。`;
}

let run = 0;
let listing = null;
let lookedUp = 0;

async function showMore() {
  const thisRun = run;
  const current = listing;
  moreButton.disabled = true;
  try {
    const page = await nextPage(current);
    if (thisRun !== run) return;
    hitList.append(...page.map(hitItem));
    moreButton.hidden = !hasMore(current);
    status.textContent = statusText(current, lookedUp);
  } finally {
    moreButton.disabled = false;
  }
}

async function search({ fullText = false } = {}) {
  const thisRun = ++run;
  const query = form.q.value.trim();
  const filters = chosenFilters();
  const [sortKey, sortOrder] = form.sort.value.split(':');
  const partitionId = partitionSelect.value;
  results.hidden = false;
  hitList.replaceChildren();
  moreButton.hidden = true;
  fullTextButton.hidden = true;
  listing = null;
  if (!query && !findMode && !Object.keys(filters).length && !partitionId) {
    lookupBlock.hidden = true;
    status.textContent = '请输入关键词或选择筛选条件。';
    return;
  }
  status.textContent = '正在搜索…';
  try {
    const request = { query, filters, sort: sortKey ? { [sortKey]: sortOrder } : null, partitionId };
    // The plan's census files are small: ask for them while the lookup is answered.
    const planned = plan(request);
    planned.catch(() => {}); // awaited below unless the lookup answers alone
    const matches = query ? await lookup(query) : [];
    if (thisRun !== run) return;
    renderLookup(matches);
    lookedUp = matches.length;
    // An exact name or code is the answer; full text would only add pages that mention it, on request.
    const plain = !partitionId && !Object.keys(filters).length && !sortKey;
    if (!fullText && plain && matches.some((m) => isExactMatch(query, m))) {
      status.textContent = `找到 ${matches.length} 个名称或代码相符的乡镇。`;
      fullTextButton.textContent = `在全文中搜索“${query}”`;
      fullTextButton.hidden = false;
      return;
    }
    // Full text it is: load Pagefind's script while the census decides which province to open.
    pagefindRuntime(partitionId || undefined).catch(() => {});
    listing = newListing(request, await planned, matches.map(([, url]) => url));
    if (thisRun !== run) return;
    await showMore();
  } catch (error) {
    if (thisRun !== run) return;
    // A failed index load must not stay cached for the next search.
    engine = null;
    runtime = null;
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
moreButton.addEventListener('click', () =>
  showMore().catch((error) => {
    status.textContent = '搜索暂时无法使用，请稍后再试，或按省份浏览全部乡镇。';
    console.error(error);
  }),
);
fullTextButton.addEventListener('click', () => search({ fullText: true }));
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
