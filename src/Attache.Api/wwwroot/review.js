// Attaché dashboard, reviews: edit an event's fields in place beside its evidence, confirm or reject it, and work
// through the review queue with the keyboard. Same rule as app.js: record text only ever goes in as text nodes.
'use strict';

const KEY_STORE = 'attache-reviewer-key';
// The fields as the record names them, with how the editor shows the current value (the form the API takes back).
const REVIEW_FIELDS = [
  ['type', 'Type', (e) => e.type],
  ['date', 'Date', (e) => e.date || ''],
  ['location.city', 'City', (e) => (e.location && e.location.city) || ''],
  ['location.country', 'Country of the place', (e) => (e.location && e.location.country) || ''],
  ['countries', 'Parties', (e) => e.countries.join(',')],
  ['participants', 'Participants', (e) => e.participants.map((p) => p.name + (p.country ? ` (${p.country})` : '')).join('; ')],
  ['mechanism.name', 'Mechanism', (e) => (e.mechanism && e.mechanism.name) || ''],
  ['mechanism.edition', 'Edition', (e) => (e.mechanism && e.mechanism.edition ? String(e.mechanism.edition) : '')],
  ['areas', 'Areas', (e) => e.areas.join(',')],
];

async function reviewRequest(path, body, etag) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Api-Key': sessionStorage.getItem(KEY_STORE) || '', 'If-Match': `"${etag}"` },
    body: JSON.stringify(body),
  });
  let payload = null;
  try { payload = await res.json(); } catch { /* empty */ }
  return { status: res.status, payload };
}

// The review panel of the event view: status, reviewer key, each field with its editor, confirm and reject.
async function reviewPanel(e, reports) {
  const review = await api(`/api/events/${encodeURIComponent(e.id)}/review`);
  const message = el('p', { class: 'review-message', id: 'review-message', role: 'status' });
  const say = (text, cls) => { message.className = `review-message ${cls || ''}`; message.textContent = text; };
  const send = async (path, body) => {
    if (!sessionStorage.getItem(KEY_STORE)) { say('Enter your reviewer key first.', 'error'); keyInput.focus(); return; }
    const { status, payload } = await reviewRequest(path, body, review.etag);
    if (status === 200) { await render(); document.getElementById('review-message').textContent = 'Saved.'; return; }
    if (status === 412) {
      // Another reviewer changed the event since it was read: show theirs, keep nothing of ours silently.
      await render();
      const m = document.getElementById('review-message');
      m.textContent = 'Another reviewer changed this event meanwhile: it is shown again as it is now; make your change again.';
      m.className = 'review-message error';
      return;
    }
    say(`Not saved: ${(payload && (payload.detail || payload.title)) || status}`, 'error');
  };
  const keyInput = el('input', { type: 'password', id: 'reviewer-key', placeholder: 'reviewer key', 'aria-label': 'Reviewer key', autocomplete: 'off' });
  keyInput.value = sessionStorage.getItem(KEY_STORE) || '';
  keyInput.addEventListener('change', () => sessionStorage.setItem(KEY_STORE, keyInput.value.trim()));
  const evidence = reports.flatMap((r) => r.evidence.map((s) => ({ doc: r.documentId, text: s.text })));
  const rows = REVIEW_FIELDS.map(([field, label, show]) => {
    const value = el('span', { class: 'review-value' }, show(e) || '—');
    const input = el('input', { class: 'review-input', 'data-field': field, 'aria-label': label, hidden: true });
    const edit = el('button', { type: 'button', class: 'review-edit', 'data-field': field }, 'Edit');
    const open = () => { input.value = show(e); input.hidden = false; value.hidden = true; edit.hidden = true; input.focus(); input.select(); };
    const close = () => { input.hidden = true; value.hidden = false; edit.hidden = false; };
    edit.addEventListener('click', open);
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') { ev.preventDefault(); send(`/api/events/${encodeURIComponent(e.id)}/review`, { action: 'set', field, value: input.value, why: why.value || null }); }
      if (ev.key === 'Escape') { ev.preventDefault(); close(); }
    });
    return el('tr', { 'data-field': field }, el('th', {}, label), el('td', {}, value, input, ' ', edit));
  });
  const why = el('input', { id: 'review-why', placeholder: 'why (shown in the history)', 'aria-label': 'Why' });
  const reason = el('select', { id: 'reject-reason', 'aria-label': 'Reason to reject' },
    el('option', { value: 'not_event' }, 'not an event'), el('option', { value: 'out_of_scope' }, 'out of scope'), el('option', { value: 'duplicate' }, 'duplicate of…'));
  const duplicateOf = el('input', { id: 'duplicate-of', placeholder: 'event id it duplicates', 'aria-label': 'Duplicate of' });
  const confirmEvent = () => send(`/api/events/${encodeURIComponent(e.id)}/review`, { action: 'confirm', why: why.value || null });
  const rejectEvent = () => send(`/api/events/${encodeURIComponent(e.id)}/review`,
    { action: 'reject', reason: reason.value, duplicateOf: reason.value === 'duplicate' ? duplicateOf.value : null, why: why.value || null });
  const panel = el('section', { class: 'review card', id: 'review-panel', 'data-etag': review.etag, 'data-status': review.status || '' },
    el('h2', {}, 'Review ', el('span', { class: `review-status ${review.status || 'none'}`, id: 'review-status' }, review.status || 'not reviewed')),
    el('p', { class: 'muted' }, 'Keys: c confirm · r reject · e edit the first field · n next in the review queue · Enter saves an edit, Esc cancels.'),
    el('div', { class: 'filters' }, el('label', {}, 'Reviewer key', keyInput), el('label', {}, 'Why', why)),
    el('div', { class: 'review-grid' },
      el('table', { class: 'fields' }, el('tbody', {}, rows)),
      el('div', { class: 'review-evidence' }, el('h3', {}, 'What the sources say'),
        el('ol', {}, evidence.map((x) => el('li', {}, el('mark', { class: 'evidence' }, x.text), el('span', { class: 'muted' }, ` — ${x.doc}`)))))),
    el('div', { class: 'filters' },
      el('button', { type: 'button', id: 'review-confirm', on: { click: confirmEvent } }, 'Confirm (c)'),
      el('label', {}, 'Reject as', reason), el('label', {}, 'Duplicate of', duplicateOf),
      el('button', { type: 'button', id: 'review-reject', on: { click: rejectEvent } }, 'Reject (r)'),
      el('button', { type: 'button', id: 'review-next', on: { click: nextInQueue } }, 'Next (n)')),
    message,
    review.corrections.length ? el('ol', { class: 'review-history', id: 'review-history' }, review.corrections.map((c) => el('li', {},
      `${c.at.slice(0, 16).replace('T', ' ')} · ${c.reviewer} · ${c.action}${c.field ? ` ${c.field}` : ''}${c.value ? ` = ${c.value}` : ''}`,
      c.why ? el('span', { class: 'muted' }, ` (${c.why})`) : null))) : null);
  panel.reviewKeys = { c: confirmEvent, r: rejectEvent, e: () => rows[0].querySelector('button').click(), n: nextInQueue };
  return panel;
}

// The next event of the queue that is not this one.
async function nextInQueue() {
  const queue = await api('/api/review/queue?limit=20');
  const { parts } = parseRoute();
  const next = queue.find((q) => !(parts[0] === 'event' && q.event.id === parts[1]));
  if (next) location.hash = `#/event/${encodeURIComponent(next.event.id)}`;
  else location.hash = '#/review';
}

// The review queue: unreviewed events, those that most need a human first.
async function reviewQueueView() {
  const queue = await api('/api/review/queue?limit=100');
  return [
    el('h1', {}, 'Review queue'),
    el('p', { class: 'muted' }, 'Unreviewed events, first those whose sources disagree, whose date was inferred, or whose fields are weak. Press n to open the first.'),
    queue.length ? el('table', { class: 'card', id: 'review-queue' }, el('thead', {}, el('tr', {}, el('th', {}, 'Need'), el('th', {}, 'Event'), el('th', {}, 'Why'))),
      el('tbody', {}, queue.map((q) => el('tr', {},
        el('td', {}, String(q.need)),
        el('td', {}, typeBadge(q.event.type), ' ', eventLink(q.event, `${q.event.date || 'undated'} · ${q.event.countries.join(', ')} · ${place(q.event.location) || 'no place'}`)),
        el('td', {}, q.reasons.join(', '))))))
      : el('p', {}, 'Nothing left to review.'),
  ];
}

// Shortcuts apply when no field has the focus (typing an edit never confirms or rejects).
document.addEventListener('keydown', (ev) => {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = ev.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
  const panel = document.getElementById('review-panel');
  const action = panel ? panel.reviewKeys[ev.key] : (ev.key === 'n' && parseRoute().parts[0] === 'review' ? nextInQueue : null);
  if (!action) return;
  ev.preventDefault();
  action();
});
