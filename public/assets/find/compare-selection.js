// The townships a reader has picked for comparison while browsing search results: kept in localStorage so
// it survives moving between pages. The comparison itself lives in its URL (/compare/?t=…&t=…).
const KEY = 'sanding.compare';
const MAX = 4;

function read() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((s) => typeof s === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

function write(list) {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Private browsing may refuse storage: the selection then lasts as long as the page.
  }
  memory = list;
}

let memory = read();

export const compareSelection = {
  list: () => [...memory],
  has: (slug) => memory.includes(slug),
  full: () => memory.length >= MAX,
  toggle(slug) {
    write(memory.includes(slug) ? memory.filter((s) => s !== slug) : memory.length < MAX ? [...memory, slug] : memory);
  },
  clear: () => write([]),
};
