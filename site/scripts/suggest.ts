// With JavaScript, the suggestion form posts as JSON and shows the CMS's messages next to each field.

export function enhanceSuggestForm(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const summary = form.querySelector<HTMLElement>('.suggest-form__summary')!;
  const status = form.querySelector<HTMLElement>('.suggest-form__status')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;

  function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
    form.querySelectorAll<HTMLElement>('.field-error').forEach((el) => {
      el.hidden = true;
      el.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach((el) => {
      el.removeAttribute('aria-invalid');
      const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
      if (described.length) el.setAttribute('aria-describedby', described.join(' '));
      else el.removeAttribute('aria-describedby');
    });
  }

  function showErrors(errors: Record<string, string>) {
    const heading = document.createElement('p');
    heading.textContent = messages.errors;
    const list = document.createElement('ul');
    for (const [field, message] of Object.entries(errors)) {
      const control = form.elements.namedItem(field) as HTMLElement | null;
      const item = document.createElement('li');
      if (control instanceof HTMLElement && control.id) {
        const link = document.createElement('a');
        link.href = `#${control.id}`;
        link.textContent = message;
        item.append(link);
        const error = form.querySelector<HTMLElement>(`#${CSS.escape(control.id)}-error`);
        if (error) {
          error.textContent = message;
          error.hidden = false;
          control.setAttribute('aria-invalid', 'true');
          const described = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
          described.add(error.id);
          control.setAttribute('aria-describedby', [...described].join(' '));
        }
      } else {
        item.textContent = message;
      }
      list.append(item);
    }
    summary.replaceChildren(heading, list);
    summary.hidden = false;
    summary.focus();
  }

  /** A problem that is not the visitor's to fix (the CMS failed or is unreachable, or asks to wait): no field marked. */
  function showProblem(message: string) {
    const text = document.createElement('p');
    text.textContent = message;
    summary.replaceChildren(text);
    summary.hidden = false;
    summary.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    status.textContent = messages.sending;
    button.disabled = true;
    const body = Object.fromEntries([...new FormData(form)].filter(([, v]) => typeof v === 'string'));
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status === 201) {
        location.assign(messages.thanks);
        return;
      }
      status.textContent = '';
      // Only a refusal that names fields is the visitor's to correct; anything else is ours, and says so.
      const errors = response.status === 400 ? (await response.json().catch(() => null))?.error?.details?.errors : undefined;
      if (errors && Object.keys(errors).length) showErrors(errors);
      else if (response.status === 429) {
        const minutes = Math.ceil(Number(response.headers.get('retry-after') ?? 600) / 60);
        showProblem(messages.tooMany.replace('{minutes}', String(minutes)));
      } else showProblem(messages.failed);
    } catch {
      status.textContent = '';
      showProblem(messages.failed);
    } finally {
      button.disabled = false;
    }
  });
}
