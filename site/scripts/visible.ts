/** Calls `load` once `element` is (nearly) visible. */
export function whenVisible(element: HTMLElement, load: () => void) {
  if (!('IntersectionObserver' in window)) return load();
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(element);
}
