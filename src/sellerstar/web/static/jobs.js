// The operators' job page: while a job runs, the server marks the list of runs with
// data-refresh-seconds and data-refresh-url; the page then reloads itself from that URL
// (a GET, even when it answered a refused form) so the runs' states move on. Once no job
// runs, the reloaded page carries no mark and the refreshing stops. Not while the
// operator is filling in the form: then it waits for the next turn.
(() => {
  const marked = document.querySelector("[data-refresh-seconds]");
  if (!marked) return;
  const seconds = Number(marked.dataset.refreshSeconds) || 5;
  const reload = () => {
    const focused = document.activeElement;
    if (focused && focused.closest("form")) {
      setTimeout(reload, seconds * 1000);
      return;
    }
    window.location.replace(marked.dataset.refreshUrl || window.location.href);
  };
  setTimeout(reload, seconds * 1000);
})();
