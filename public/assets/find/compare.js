// Comparison (/compare/?t=<slug>&t=<slug>): 2–4 townships side by side. The URL is the selection, so a
// comparison can be shared; each township's record comes from /compare/data/<slug>.json (built by
// src/model/comparison.ts with bodies already grouped by function).
import { lookup } from './lookup.js';

const MAX = 4;
const root = document.querySelector('[data-compare]');
const status = root.querySelector('[data-compare-status]');
const tables = root.querySelector('[data-compare-tables]');
const addForm = root.querySelector('[data-compare-add]');
const addInput = addForm.querySelector('input');
const suggestions = root.querySelector('[data-compare-suggestions]');
const functionOrder = JSON.parse(root.dataset.functionOrder);

const slugsFromUrl = () => [...new Set(new URLSearchParams(location.search).getAll('t'))].slice(0, MAX);

function setSlugs(slugs) {
  const params = new URLSearchParams();
  for (const s of slugs) params.append('t', s);
  history.pushState(null, '', `${location.pathname}${slugs.length ? `?${params}` : ''}`);
  render();
}

const records = new Map();
function record(slug) {
  if (!records.has(slug)) {
    const path = slug.split('/').map(encodeURIComponent).join('/');
    records.set(slug, fetch(`/compare/data/${path}.json`).then((r) => (r.ok ? r.json() : null)).catch(() => null));
  }
  return records.get(slug);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const unpublished = () => el('span', { className: 'unpublished' }, '未公布');
const orUnpublished = (value, unit = '') => (value === null || value === undefined ? unpublished() : `${value}${unit}`);

/** One section of the comparison as its own table: a caption, the townships as columns, facts as rows. */
function table(caption, townships, rows) {
  const head = el('tr', {}, el('th', { scope: 'col' }, '项目'));
  for (const t of townships) {
    const th = el('th', { scope: 'col' }, el('a', { href: t.url }, t.name));
    if (caption === '基本情况') {
      const remove = el('button', { type: 'button' }, '移出');
      remove.setAttribute('aria-label', `从对比中移出${t.name}`);
      remove.addEventListener('click', () => {
        setSlugs(slugsFromUrl().filter((s) => s !== t.slug));
        addInput.focus();
      });
      th.append(el('br'), remove);
    }
    head.append(th);
  }
  const body = el('tbody');
  for (const [label, cell] of rows) body.append(el('tr', {}, el('th', { scope: 'row' }, label), ...townships.map((t) => el('td', {}, cell(t)))));
  // Wide comparisons scroll sideways on phones; the scrolling box is focusable so keyboards can scroll it too.
  const scroller = el('div', { className: 'table-scroll', tabIndex: 0 }, el('table', {}, el('caption', {}, caption), el('thead', {}, head), body));
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', caption);
  return scroller;
}

function bodyList(bodies) {
  if (!bodies?.length) return el('span', { className: 'unpublished' }, '—');
  return el(
    'ul',
    {},
    ...bodies.map((b) =>
      el(
        'li',
        {},
        b.name,
        el(
          'span',
          { className: 'body-detail' },
          [b.category, b.rank, b.staffing !== null ? `编制${b.staffing}名` : null, b.posts || null, b.plaques.length ? `加挂${b.plaques.join('、')}` : null]
            .filter(Boolean)
            .join('；'),
        ),
      ),
    ),
  );
}

function union(townships, pick) {
  const seen = [];
  for (const t of townships) for (const v of pick(t)) if (!seen.includes(v)) seen.push(v);
  return seen;
}

let renderRun = 0;
async function render() {
  const thisRun = ++renderRun;
  const slugs = slugsFromUrl();
  const loaded = await Promise.all(slugs.map(record));
  if (thisRun !== renderRun) return;
  const townships = loaded.filter(Boolean);
  const missing = slugs.filter((_, i) => !loaded[i]);
  tables.replaceChildren();
  const notes = [];
  if (missing.length) notes.push(`找不到：${missing.join('、')}。`);
  if (townships.length < 2) {
    notes.push(`已选 ${townships.length} 个乡镇，请再添加${townships.length ? '至少 1' : ' 2'} 个乡镇进行对比。`);
  } else notes.push(`正在对比 ${townships.length} 个乡镇：${townships.map((t) => t.name).join('、')}。`);
  status.textContent = notes.join('');
  addInput.disabled = townships.length >= MAX;
  if (!townships.length) return;
  document.title = `${townships.map((t) => t.name).join(' 与 ')} 对比 · 乡镇机构改革方案公开`;

  tables.append(
    table('基本情况', townships, [
      ['所属地区', (t) => t.region],
      ['方案状态', (t) => t.status],
      ['常住人口', (t) => orUnpublished(t.facts.population, '人')],
      ['人口规模', (t) => orUnpublished(t.facts.band)],
      ['面积', (t) => orUnpublished(t.facts.areaKm2, '平方公里')],
      ['机构数', (t) => (t.facts.bodies ? `${t.facts.bodies}个` : el('span', { className: 'unpublished' }, '未列机构'))],
      ['派驻机构', (t) => `${t.facts.stationedBodies}个`],
      ['编制总数', (t) => orUnpublished(t.facts.staffing, '名')],
      ['平台模式', (t) => t.facts.platforms],
    ]),
    table(
      '编制',
      townships,
      union(townships, (t) => t.staffing.map((s) => s.label)).map((label) => [label, (t) => orUnpublished(t.staffing.find((s) => s.label === label)?.value, '名')]),
    ),
    table(
      '机构（按职能对齐）',
      townships,
      functionOrder
        .filter((key) => townships.some((t) => t.functions.some((f) => f.key === key)))
        .map((key) => [key, (t) => bodyList(t.functions.find((f) => f.key === key)?.bodies)]),
    ),
    table(
      '领导职数',
      townships,
      union(townships, (t) => t.leadership.map((p) => p.title)).map((title) => [title, (t) => orUnpublished(t.leadership.find((p) => p.title === title)?.count)]),
    ),
    table('工作平台', townships, [
      [
        '平台',
        (t) =>
          t.platforms.length
            ? el('ul', {}, ...t.platforms.map((p) => el('li', {}, p.name, el('span', { className: 'body-detail' }, `牵头：${p.lead ?? '未公布'}${p.members.length ? `；成员：${p.members.join('、')}` : ''}`))))
            : el('span', { className: 'unpublished' }, '未设平台'),
      ],
    ]),
  );
}

let suggestRun = 0;
async function suggest() {
  const thisRun = ++suggestRun;
  const query = addInput.value.trim();
  const matches = query ? (await lookup(query)).slice(0, 10) : [];
  if (thisRun !== suggestRun) return;
  const chosen = slugsFromUrl();
  suggestions.replaceChildren(
    ...matches.map(([name, url, region]) => {
      const slug = decodeURIComponent(new URL(url, location.origin).pathname.replace(/^\/townships\/|\/$/g, ''));
      const button = el('button', { type: 'button', disabled: chosen.includes(slug) }, `添加 ${name}（${region}）`);
      button.addEventListener('click', () => {
        addInput.value = '';
        suggestions.replaceChildren();
        setSlugs([...slugsFromUrl(), slug]);
        addInput.focus();
      });
      return el('li', {}, button);
    }),
  );
  if (query && !matches.length) suggestions.append(el('li', {}, '没有名称以此开头的乡镇。'));
}

addInput.addEventListener('input', suggest);
addForm.addEventListener('submit', (event) => {
  event.preventDefault();
  suggestions.querySelector('button:not(:disabled)')?.click();
});
window.addEventListener('popstate', render);
for (const note of document.querySelectorAll('[data-needs-js]')) note.hidden = true;
root.hidden = false;
render();
