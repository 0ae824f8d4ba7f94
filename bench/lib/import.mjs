// The import benchmark step (bench.mjs, step 6): a spreadsheet of `rows` organisations, previewed (read, checked, matched,
// compared with the CMS) and imported as drafts through the admin routes of the mzo plugin, as the
// Redacteur's screen does it. The rows have a postcode but no house number, so no PDOK lookup is made:
// that time depends on the network (the preview looks up at most 6 addresses at a time, 2.5 s each at most).
// The drafts are removed again afterwards, so the steps after this one see the CMS as it was.

/** A CSV of `rows` organisations with Dutch headers, names that are all different, in a real wijk and theme. */
export function importSpreadsheet(rows, { wijk = 'West', theme = 'Taal en inburgering' } = {}) {
  const lines = ["Naam;Postcode;Wijk;Thema's;Rechtsvorm;Korte beschrijving;E-mail"];
  for (let i = 1; i <= rows; i++) {
    // A postcode of its own per row: names this alike at one postcode would be duplicates.
    const letters = 'ABCDEGHJKLMNPRSTVWXZ';
    const pair = Math.floor(i / 70);
    const postcode = `${3510 + (i % 70)} ${letters[Math.floor(pair / letters.length) % letters.length]}${letters[pair % letters.length]}`;
    lines.push(`Bench-vereniging ${i};${postcode};${wijk};${theme};Vereniging;Vereniging nummer ${i} voor de benchmark;bestuur${i}@bench.example.org`);
  }
  return `${lines.join('\n')}\n`;
}

/** Times the preview and the import of `rows` organisations; removes what was imported. */
export async function measureImport({ cmsUrl, token, rows = 1000, log = () => {} }) {
  const auth = { authorization: `Bearer ${token}` };
  const json = async (response) => {
    const body = await response.json();
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  const form = new FormData();
  form.append('files', new Blob([importSpreadsheet(rows)], { type: 'text/csv' }), 'bench.csv');
  let started = performance.now();
  const preview = await json(await fetch(`${cmsUrl}/mzo/import/preview`, { method: 'POST', headers: auth, body: form }));
  const previewSeconds = (performance.now() - started) / 1000;
  log(`import: preview of ${rows} rows in ${previewSeconds.toFixed(1)} s (${preview.counts.ready} ready)`);

  started = performance.now();
  await json(
    await fetch(`${cmsUrl}/mzo/import/${preview.id}/confirm`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' }),
  );
  let job;
  for (;;) {
    job = (await json(await fetch(`${cmsUrl}/mzo/import/${preview.id}`, { headers: auth }))).job;
    if (job.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const importSeconds = (performance.now() - started) / 1000;
  const results = Object.values(job.results);
  const created = results.filter((r) => r.status === 'created');
  log(
    `import: ${created.length} drafts written in ${importSeconds.toFixed(1)} s (${((importSeconds * 1000) / Math.max(created.length, 1)).toFixed(0)} ms each)`,
  );

  for (const { documentId } of created) {
    await fetch(`${cmsUrl}/content-manager/collection-types/api::organisation.organisation/${documentId}?locale=nl`, { method: 'DELETE', headers: auth });
  }
  return {
    rows,
    ready: preview.counts.ready,
    previewSeconds,
    importSeconds,
    created: created.length,
    failed: results.filter((r) => r.status === 'failed').length,
    state: job.state,
  };
}
