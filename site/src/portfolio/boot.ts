// The only script the portfolio page loads up front: it wires the file picker, the drop zone and the date, and loads
// the page's app (and with it the worker and core) only when files are given. An empty page costs almost nothing.

type App = typeof import('./app.js');

export function boot(root: HTMLElement) {
  const picker = root.querySelector<HTMLInputElement>('#pf-files');
  const drop = root.querySelector<HTMLElement>('.rd-pf-drop');
  const date = root.querySelector<HTMLInputElement>('#pf-date');
  if (!picker || !drop || !date) return;
  // Today in UTC (R-time.1), unless the person (or the browser restoring the form) set a date already.
  if (!date.value) date.value = new Date().toISOString().slice(0, 10);

  let app: Promise<App> | undefined;
  const load = () => {
    app ??= import('./app.js');
    return app;
  };
  const failed = () => {
    const status = root.querySelector('#pf-status');
    if (status) status.textContent = root.dataset.loadFailed ?? '';
  };
  const give = (files: File[]) => {
    if (files.length === 0) return;
    load().then((m) => m.addFiles(root, files, date.value), failed);
  };

  picker.addEventListener('change', () => {
    give([...(picker.files ?? [])]);
    // The same file can be chosen again (after "Start over", or edited and saved).
    picker.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('rd-pf-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('rd-pf-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('rd-pf-over');
    give([...(event.dataTransfer?.files ?? [])]);
  });
  date.addEventListener('change', () => {
    if (app && date.value) app.then((m) => m.setDate(date.value));
  });
  root.dataset.ready = 'true';
}
