// "Deel deze pagina": the phone's own share sheet (Web Share API) where there is one, else the page's
// address copied to the clipboard, with a short confirmation. Without JavaScript the button stays hidden.
export function initShare(container: HTMLElement | null) {
  if (!container) return;
  const button = container.querySelector('button');
  const status = container.querySelector<HTMLElement>('[role="status"]');
  if (!button || !status || !(navigator.share || navigator.clipboard)) return;
  const messages = JSON.parse(container.dataset.share ?? '{}') as { copied: string; failed: string };
  container.hidden = false;
  button.addEventListener('click', async () => {
    const url = location.href.split('#')[0];
    if (navigator.share) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = messages.copied;
    } catch {
      status.textContent = `${messages.failed} ${url}`;
    }
  });
}
