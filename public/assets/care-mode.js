// 关怀模式 (larger text, high contrast). Loaded from <head> as an external, render-blocking script so the saved
// choice applies before the first paint (the CSP forbids inline script). Without JavaScript the toggle stays
// hidden and the page is unchanged.
(() => {
  const KEY = 'sanding-care-mode';
  const root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === 'on') root.classList.add('care');
  } catch {
    // Storage may be disabled (private mode, policy): the mode then lasts for the page only.
  }
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('care-mode-toggle');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(root.classList.contains('care')));
    sync();
    button.hidden = false;
    button.addEventListener('click', () => {
      const on = root.classList.toggle('care');
      try {
        localStorage.setItem(KEY, on ? 'on' : 'off');
      } catch {
        // See above.
      }
      sync();
    });
  });
})();
