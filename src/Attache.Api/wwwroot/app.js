// Attaché dashboard: plain JavaScript, no dependencies, no build step.
// Rule: text that comes from the record (dispatches, names, titles) is only ever inserted as text nodes
// (el()/text()/textContent), never as HTML, so a dispatch holding <script> or onerror= stays inert.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const TYPES = ['dialogue', 'meeting', 'visit', 'agreement', 'exercise', 'port_call', 'assistance', 'training', 'phone_call'];
const TYPE_COLORS = {
  dialogue: '#1f5fbf', meeting: '#2a9d8f', visit: '#e76f51', agreement: '#6a4c93', exercise: '#c1121f',
  port_call: '#0077b6', assistance: '#f4a261', training: '#588157', phone_call: '#8d99ae',
};
const AREAS = ['delegation_exchange', 'training', 'defense_industry', 'military_medicine', 'cybersecurity', 'search_rescue',
  'disaster_relief', 'peacekeeping', 'war_legacy', 'maritime_security', 'multilateral_coordination', 'information_sharing',
  'capacity_building', 'counter_terrorism', 'naval_cooperation'];

// ---- DOM helpers: attributes by property or setAttribute, children as text nodes ----
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}
function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === 'href') node.setAttribute('href', safeHref(String(v)));
    else if (k === 'style') node.style.cssText = String(v); // CSSOM, which the content policy allows (style attributes it does not)
    else node.setAttribute(k, String(v));
  }
}
function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}
// Links are either routes of this page or http(s) URLs; anything else (javascript:, data:) becomes inert.
function safeHref(href) {
  return /^(#|\/(?!\/)|https?:\/\/)/i.test(href) ? href : '#';
}
const typeBadge = (t) => el('span', { class: 'type', style: `background:${TYPE_COLORS[t] || '#555'}` }, t.replace('_', ' '));
const chips = (values) => values.map((v) => el('span', { class: 'chip' }, v));
const place = (l) => (l ? [l.city, l.country].filter(Boolean).join(', ') : '');
const person = (p) => p.name + (p.title ? ` (${p.title})` : '') + (p.country ? ` — ${p.country}` : '');
const eventLink = (e, label) => el('a', { href: `#/event/${encodeURIComponent(e.id)}`, 'data-event-id': e.id, class: 'event-link' }, label);

// ---- API ----
async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let detail = res.statusText;
    try { const p = await res.json(); detail = p.detail || p.title || detail; } catch { /* not JSON */ }
    throw new Error(`${res.status}: ${detail}`);
  }
  return res.json();
}

async function apiPost(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${res.status}: ${res.statusText}`);
  return res.json();
}

// ---- routing: everything a view shows is in the hash, so any view can be shared as a link ----
function parseRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
}
function go(path, params) {
  const q = params ? new URLSearchParams([...params].filter(([, v]) => v !== '' && v !== null)).toString() : '';
  location.hash = path + (q ? `?${q}` : '');
}

async function render() {
  const view = document.getElementById('view');
  const { parts, params } = parseRoute();
  view.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    let content;
    switch (parts[0]) {
      case 'pair': content = await pairView(parts[1], params); break;
      case 'event': content = await eventView(parts[1]); break;
      case 'document': content = await documentView(parts[1], params); break;
      case 'network': content = await networkView(); break;
      case 'events': content = await eventsView(params); break;
      case 'search': content = await searchView(params); break;
      case 'person': content = await personView(parts[1]); break;
      case 'mechanism': content = await mechanismView(parts[1]); break;
      case 'review': content = await reviewQueueView(); break; // review.js
      default: content = await homeView();
    }
    view.replaceChildren(...[content].flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
    document.getElementById('search-q').value = parts[0] === 'search' ? params.get('q') || '' : '';
  } catch (err) {
    view.replaceChildren(el('p', { class: 'error' }, `Could not load this view: ${err.message}`));
  }
}

// ---- home: the country pairs ----
async function homeView() {
  const pairs = await api('/api/pairs');
  const rows = pairs.map((p) => el('tr', {},
    el('td', {}, el('a', { href: `#/pair/${p.countries.join('-')}`, class: 'pair-link' }, p.countries.join(' – '))),
    el('td', {}, String(p.total)),
    el('td', {}, Object.entries(p.byType).map(([t, n]) => [typeBadge(t), ` ${n} `])),
    el('td', {}, Object.entries(p.byYear).map(([y, n]) => `${y}: ${n}`).join(' · '))));
  return [
    el('h1', {}, 'Country pairs'),
    el('p', { class: 'muted' }, 'Pairs of countries with defense contacts in the record. Open a pair for its timeline, mechanisms, areas and people.'),
    pairs.length === 0 ? el('p', {}, 'The record is empty.')
      : el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Pair'), el('th', {}, 'Events'), el('th', {}, 'By type'), el('th', {}, 'By year'))), el('tbody', {}, rows)),
  ];
}

// ---- pair page ----
async function pairView(pair, params) {
  const data = await api(`/api/pairs/${encodeURIComponent(pair || '')}`);
  const type = params.get('type') || '';
  const events = type ? data.events.filter((e) => e.type === type) : data.events;
  const [a, b] = data.countries;
  const filter = el('select', { id: 'pair-type', 'aria-label': 'Event type', on: { change: (ev) => go(`/pair/${a}-${b}`, new URLSearchParams({ type: ev.target.value })) } },
    el('option', { value: '' }, 'all types'), TYPES.map((t) => el('option', t === type ? { value: t, selected: 'selected' } : { value: t }, t.replace('_', ' '))));
  return [
    el('h1', {}, `${a} – ${b}`),
    followBox('pair', `${a}-${b}`),
    el('p', { class: 'muted' }, `${data.events.length} events between ${a} and ${b}. `,
      el('a', { href: `#/events?country=${a}&partner=${b}` }, 'Filter them in the event list'), '.'),
    el('div', { class: 'filters' }, el('label', {}, 'Type', filter)),
    el('h2', {}, 'Timeline'),
    timeline(events),
    el('table', { id: 'pair-events' },
      el('thead', {}, el('tr', {}, ['Date', 'Type', 'Mechanism', 'Place', 'Participants', 'Sources'].map((h) => el('th', {}, h)))),
      el('tbody', {}, events.map((e) => el('tr', {},
        el('td', {}, eventLink(e, e.date || 'undated'), e.dateInferred ? el('span', { title: e.dateInferred }, ' *') : null),
        el('td', {}, typeBadge(e.type), e.status === 'background' ? el('span', { class: 'muted' }, ' background') : null),
        el('td', {}, e.mechanism ? `${e.mechanism.name}${e.mechanism.edition ? ` (#${e.mechanism.edition})` : ''}` : ''),
        el('td', {}, place(e.location)),
        el('td', {}, e.participants.map((p) => p.name).join('; ')),
        el('td', {}, String(e.sources.length)))))),
    el('div', { class: 'grid2' },
      el('section', {}, el('h2', {}, 'Mechanisms and editions'), mechanisms(data.mechanisms)),
      el('section', {}, el('h2', {}, 'People involved'), people(data.people, data.events))),
    el('h2', {}, 'Cooperation areas over the years'),
    areasTable(data.areasByYear),
  ];
}

function dateValue(d) {
  // Spec dates: YYYY, YYYY-MM, YYYY-MM-DD; --MM(-DD) has no year and is placed as undated.
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d || '');
  if (!m) return null;
  return Number(m[1]) + ((Number(m[2] || 7) - 1) + (Number(m[3] || 15) - 1) / 31) / 12;
}

function timeline(events) {
  const width = 1000, rowH = 30, left = 110, right = 80, top = 10;
  const types = TYPES.filter((t) => events.some((e) => e.type === t));
  const height = top + Math.max(1, types.length) * rowH + 30;
  const dated = events.map((e) => dateValue(e.date)).filter((v) => v !== null);
  let lo = Math.floor(Math.min(...dated, 9999)), hi = Math.ceil(Math.max(...dated, 0));
  if (!dated.length) { lo = 2000; hi = 2001; }
  if (hi - lo < 1) hi = lo + 1;
  const x = (v) => (v === null ? width - right / 2 : left + ((v - lo) / (hi - lo)) * (width - left - right));
  const chart = svg('svg', { class: 'timeline', id: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of events by type' });
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  for (let y = lo; y <= hi; y += step) {
    chart.appendChild(svg('line', { x1: x(y), x2: x(y), y1: top, y2: height - 22, stroke: '#eef0f5' }));
    chart.appendChild(svg('text', { x: x(y), y: height - 8, 'text-anchor': 'middle' }, String(y)));
  }
  chart.appendChild(svg('text', { x: width - right / 2, y: height - 8, 'text-anchor': 'middle' }, 'undated'));
  types.forEach((t, i) => {
    const cy = top + i * rowH + rowH / 2;
    chart.appendChild(svg('text', { x: 8, y: cy + 4 }, t.replace('_', ' ')));
    events.filter((e) => e.type === t).forEach((e, j) => {
      const dot = svg('circle', { cx: x(dateValue(e.date)) + (dateValue(e.date) === null ? (j % 5) * 6 - 12 : 0), cy, r: 7, fill: TYPE_COLORS[t], 'data-event-id': e.id,
        on: { click: () => go(`/event/${encodeURIComponent(e.id)}`) } },
        svg('title', {}, `${e.date || 'undated'} ${t}: ${e.participants.map((p) => p.name).join('; ')}`));
      chart.appendChild(dot);
    });
  });
  return chart;
}

function mechanisms(series) {
  if (!series.length) return el('p', { class: 'muted' }, 'No recurring mechanism between these two.');
  return series.map((s) => el('div', { class: 'card mechanism' },
    el('strong', {}, el('a', { href: `#/mechanism/${encodeURIComponent(s.key)}`, class: 'mechanism-link' }, s.name)),
    el('div', { class: 'muted' }, s.names.length > 1 ? `also: ${s.names.slice(1).join('; ')}` : ''),
    el('table', {}, el('thead', {}, el('tr', {}, ['Edition', 'Date', 'Place', 'Events'].map((h) => el('th', {}, h)))),
      el('tbody', {}, s.editions.map((ed) => el('tr', {},
        el('td', {}, ed.edition ? `#${ed.edition}` : '–'), el('td', {}, ed.date || '?'), el('td', {}, place(ed.location)),
        el('td', {}, ed.events.map((id) => [eventLink({ id }, 'open'), ' '])))))),
    s.missing.length ? el('p', { class: 'muted' }, `Editions not reported: ${s.missing.join(', ')}`) : null,
    s.conflicts.map((c) => el('p', { class: 'error' }, c))));
}

function people(list) {
  if (!list.length) return el('p', { class: 'muted' }, 'No named participant.');
  return el('table', {}, el('tbody', {}, list.map((p) => el('tr', {},
    el('td', {}, el('a', { href: `#/person/${encodeURIComponent(p.name)}`, class: 'person-link' }, p.name), p.country ? el('span', { class: 'muted' }, ` ${p.country}`) : null),
    el('td', {}, p.titles.join('; ')),
    el('td', {}, `${p.events.length} event${p.events.length === 1 ? '' : 's'}`)))));
}

function areasTable(byYear) {
  const years = Object.keys(byYear);
  const areas = AREAS.filter((a) => years.some((y) => byYear[y][a]));
  if (!areas.length) return el('p', { class: 'muted' }, 'No cooperation area recorded.');
  const max = Math.max(...years.flatMap((y) => Object.values(byYear[y])));
  return el('table', { class: 'heat', id: 'areas' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Area'), years.map((y) => el('th', {}, y)))),
    el('tbody', {}, areas.map((a) => el('tr', {}, el('td', {}, a.replace(/_/g, ' ')),
      years.map((y) => {
        const n = byYear[y][a] || 0;
        return el('td', { class: 'n', style: n ? `background: rgba(31,95,191,${0.15 + 0.7 * (n / max)}); color:${n / max > 0.6 ? '#fff' : 'inherit'}` : null }, n ? String(n) : '');
      })))));
}

// ---- event page: fields, sources, and each source's text with the evidence highlighted ----
async function eventView(id) {
  const { event: e, reports } = await api(`/api/events/${encodeURIComponent(id || '')}`);
  const pair = e.countries.length >= 2 ? `${e.countries[0]}-${e.countries[1]}` : null;
  const row = (k, ...v) => el('tr', {}, el('th', {}, k), el('td', {}, ...v));
  const texts = await Promise.all(reports.map((r) => api(`/api/documents/${encodeURIComponent(r.documentId)}`).catch(() => null)));
  return [
    el('p', {}, pair ? el('a', { href: `#/pair/${pair}` }, `← ${e.countries[0]} – ${e.countries[1]}`) : null),
    el('h1', {}, typeBadge(e.type), ` ${e.date || 'undated'} · ${e.countries.join(', ')}`),
    el('table', { class: 'fields card', id: 'event-fields' }, el('tbody', {},
      row('Type', e.type.replace('_', ' ')),
      row('Status', e.status),
      row('Date', e.date || 'unknown', e.dateInferred ? el('div', { class: 'muted' }, e.dateInferred) : null),
      row('Location', place(e.location) || 'unknown'),
      row('Countries', chips(e.countries)),
      row('Participants', e.participants.length ? el('ul', {}, e.participants.map((p) => el('li', {}, person(p)))) : 'none named'),
      row('Mechanism', e.mechanism ? `${e.mechanism.name}${e.mechanism.edition ? ` — edition ${e.mechanism.edition}` : ''}` : 'none'),
      row('Areas', e.areas.length ? chips(e.areas.map((a) => a.replace(/_/g, ' '))) : 'none'),
      row('Sources', e.sources.map((s) => [el('a', { href: `#/document/${encodeURIComponent(s)}` }, s), ' '])),
      e.conflicts.length ? row('Sources disagree', el('ul', {}, e.conflicts.map((c) => el('li', {}, `${c.field}: `,
        c.values.map((v) => `${v.value} (${v.sources.join(', ')})`).join(' vs '))))) : null)),
    await reviewPanel(e, reports), // review.js
    el('h2', {}, `Sources (${reports.length})`),
    reports.map((r, i) => el('section', { class: 'source card' },
      el('h3', {}, el('a', { href: `#/document/${encodeURIComponent(r.documentId)}` }, r.documentId),
        r.published ? el('span', { class: 'muted' }, ` · ${r.published}`) : null,
        r.url ? [' · ', el('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank' }, r.url)] : null),
      el('p', { class: 'muted' }, `This source reports: ${r.event.type.replace('_', ' ')}, ${r.event.date || 'undated'}, ${place(r.event.location) || 'no place'}.`),
      el('ol', { class: 'evidence-list' }, r.evidence.map((s) => el('li', {}, el('mark', { class: 'evidence' }, s.text), el('span', { class: 'muted' }, ` [${s.start}–${s.end})`)))),
      texts[i] ? highlighted(texts[i].text, r.evidence.map((s) => [s.start, s.end]), 'evidence') : null,
      texts[i] ? whyThisEvent(texts[i], r.eventIndex) : null)),
  ];
}

// "Why this event?": the source document's trace, asked of the read-only extract endpoint when opened (one click).
function whyThisEvent(doc, index) {
  const body = el('div', { class: 'why-body' }, el('p', { class: 'muted' }, 'Loading…'));
  const box = el('details', { class: 'why' }, el('summary', {}, 'Why this event?'), body);
  let loaded = false;
  box.addEventListener('toggle', async () => {
    if (!box.open || loaded) return;
    loaded = true;
    try {
      const r = await apiPost('/api/extract?explain=true', { id: doc.id, text: doc.text, published: doc.published, url: doc.url, lang: doc.language });
      body.replaceChildren();
      append(body, explanation(doc.text, r, index));
    } catch (err) {
      body.replaceChildren(el('p', { class: 'error' }, `Could not explain: ${err.message}`));
    }
  });
  return box;
}

function explanation(text, r, index) {
  const quote = (span) => (span ? el('q', {}, text.slice(span[0], span[1])) : el('span', { class: 'muted' }, 'no single span'));
  const trace = r.trace || [];
  const mine = trace.filter((t) => t.event === index);
  const ev = r.events[index];
  const dropped = trace.filter((t) => t.decision === 'dropped');
  return [
    el('h4', {}, 'Kept by'),
    el('ul', { class: 'why-kept' }, mine.map((t) => el('li', {}, quote(t.span), ` — ${t.decision} by `, el('code', {}, t.rule), `: ${t.reason}`))),
    ev && ev.sources ? [
      el('h4', {}, 'Where each field came from'),
      el('table', { class: 'why-sources' }, el('tbody', {}, Object.entries(ev.sources).map(([field, s]) =>
        el('tr', {}, el('th', {}, field), el('td', {}, el('code', {}, s.rule)), el('td', {}, s.reason), el('td', {}, quote(s.span)))))),
    ] : el('p', { class: 'muted' }, 'This report is no longer among the document\'s events.'),
    el('h4', {}, `What was left out, and why (${dropped.length})`),
    dropped.length ? el('ul', { class: 'why-dropped' }, dropped.map((t) => el('li', {}, quote(t.span), ' — ', el('code', {}, t.rule), `: ${t.reason}`)))
      : el('p', { class: 'muted' }, 'Nothing was left out.'),
  ];
}

// The text, with the spans wrapped in <mark>: built from text nodes only.
function highlighted(text, spans, cls) {
  const merged = [];
  for (const [s, e] of spans.slice().sort((p, q) => p[0] - q[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else merged.push([s, e]);
  }
  const box = el('div', { class: 'doctext' });
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) box.appendChild(document.createTextNode(text.slice(at, s)));
    box.appendChild(el('mark', { class: cls }, text.slice(Math.max(s, at), e)));
    at = Math.max(at, e);
  }
  if (at < text.length) box.appendChild(document.createTextNode(text.slice(at)));
  return box;
}

async function documentView(id, params) {
  const doc = await api(`/api/documents/${encodeURIComponent(id || '')}`);
  const q = params.get('q') || '';
  const spans = [];
  if (q) for (let i = doc.text.toLowerCase().indexOf(q.toLowerCase()); i >= 0; i = doc.text.toLowerCase().indexOf(q.toLowerCase(), i + q.length)) spans.push([i, i + q.length]);
  return [
    el('h1', {}, doc.id),
    el('p', { class: 'muted' }, [doc.published, doc.language].filter(Boolean).join(' · '), ' ',
      doc.url ? el('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url) : null),
    highlighted(doc.text, spans, 'hit'),
  ];
}

// ---- network: countries sized by events, links by the events of each pair ----
async function networkView() {
  const net = await api('/api/network');
  const width = 900, height = 640, cx = width / 2, cy = height / 2, ring = Math.min(width, height) / 2 - 80;
  const pos = {};
  net.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, net.nodes.length) - Math.PI / 2;
    pos[n.country] = net.nodes.length === 1 ? [cx, cy] : [cx + ring * Math.cos(angle), cy + ring * Math.sin(angle)];
  });
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxLink = Math.max(1, ...net.links.map((l) => l.total));
  const chart = svg('svg', { class: 'network', id: 'network', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Network of countries with defense contacts' });
  for (const l of net.links) {
    const [a, b] = l.countries;
    chart.appendChild(svg('line', { x1: pos[a][0], y1: pos[a][1], x2: pos[b][0], y2: pos[b][1], 'stroke-width': 1.5 + 10 * (l.total / maxLink),
      on: { click: () => go(`/pair/${a}-${b}`) } }, svg('title', {}, `${a} – ${b}: ${l.total} events`)));
  }
  for (const n of net.nodes) {
    const r = 10 + 30 * Math.sqrt(n.events / maxNode);
    chart.appendChild(svg('circle', { cx: pos[n.country][0], cy: pos[n.country][1], r, 'data-country': n.country,
      on: { click: () => go('/events', new URLSearchParams({ country: n.country })) } }, svg('title', {}, `${n.country}: ${n.events} events`)));
    chart.appendChild(svg('text', { x: pos[n.country][0], y: pos[n.country][1] + r + 14, 'text-anchor': 'middle' }, `${n.country} (${n.events})`));
  }
  return [
    el('h1', {}, 'Network of defense contacts'),
    el('p', { class: 'muted' }, 'Each circle is a country sized by its events; each line a pair with contacts, thicker with more events. Click a line for the pair page.'),
    chart,
    el('h2', {}, 'Pairs'),
    el('ul', {}, net.links.map((l) => el('li', {}, el('a', { href: `#/pair/${l.countries.join('-')}` }, l.countries.join(' – ')), ` ${l.total} events`))),
  ];
}

// ---- follow: the Atom feed of a pair, a mechanism or a person ----
// A pair and a mechanism have fixed feeds that need no subscription. A person's feed is a subscription, found among the
// server's or created (POST /api/subscriptions with the server's API key, kept for this tab only); its URL is remembered
// in this browser, so following again shows the same feed.
const API_KEY_STORE = 'attache-api-key';
const followMemory = (kind, value) => `attache-follow:${kind}:${value}`;
function followBox(kind, value) {
  const out = el('div', { class: 'follow-out' });
  const show = (path) => {
    const url = new URL(path, location.origin).toString();
    localStorage.setItem(followMemory(kind, value), path);
    button.textContent = 'Following';
    out.replaceChildren('Feed: ', el('a', { href: url, class: 'feed-url' }, url),
      el('span', { class: 'muted' }, ' (Atom; paste it into a feed reader)'));
  };
  const say = (text) => out.replaceChildren(el('span', { class: 'error' }, text));
  async function subscribe(key) {
    const headers = { Accept: 'application/json', 'X-Api-Key': key };
    const list = await fetch('/api/subscriptions', { headers });
    if (list.status === 401 || list.status === 403) { sessionStorage.removeItem(API_KEY_STORE); askKey('That key was refused. '); return; }
    if (!list.ok) { say(`Could not follow: ${list.status}`); return; }
    const only = (s) => s[kind] === value && ['pair', 'country', 'person', 'mechanism', 'type', 'area', 'q'].every((k) => k === kind || !s[k]);
    const known = (await list.json()).find(only);
    if (known) { show(known.feed); return; }
    const res = await fetch('/api/subscriptions', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ [kind]: value }) });
    if (!res.ok) { say(`Could not follow: ${res.status}`); return; }
    show((await res.json()).feed);
  }
  function askKey(problem) {
    const input = el('input', { type: 'password', class: 'follow-key', placeholder: 'API key', 'aria-label': 'API key', autocomplete: 'off' });
    const go = el('button', { type: 'button', class: 'follow-create' }, 'Create feed');
    const submit = () => { const key = input.value.trim(); if (!key) return; sessionStorage.setItem(API_KEY_STORE, key); subscribe(key); };
    go.addEventListener('click', submit);
    input.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); submit(); } });
    out.replaceChildren(...(problem ? [el('span', { class: 'error' }, problem)] : []),
      el('span', { class: 'muted' }, 'A person\u2019s feed is a subscription: the server\u2019s API key creates it. '), input, ' ', go);
    input.focus();
  }
  const button = el('button', { type: 'button', class: 'follow-button', 'data-follow': kind, on: { click: () => {
    if (kind === 'pair') show(`/feeds/pair/${encodeURIComponent(value)}.atom`);
    else if (kind === 'mechanism') show(`/feeds/mechanism/${encodeURIComponent(value)}.atom`);
    else if (localStorage.getItem(followMemory(kind, value))) show(localStorage.getItem(followMemory(kind, value)));
    else if (sessionStorage.getItem(API_KEY_STORE)) subscribe(sessionStorage.getItem(API_KEY_STORE));
    else askKey();
  } } }, 'Follow');
  return el('div', { class: 'follow' }, button, out);
}

// ---- a person: their events, and a feed ----
async function personView(name) {
  const page = await api(`/api/events?person=${encodeURIComponent(name || '')}&pageSize=100`);
  return [
    el('h1', {}, name),
    followBox('person', name),
    el('p', { class: 'muted' }, `${page.total} event${page.total === 1 ? '' : 's'} with ${name}. `,
      el('a', { href: `#/events?person=${encodeURIComponent(name)}` }, 'Filter them in the event list'), '.'),
    el('table', { id: 'person-events' },
      el('thead', {}, el('tr', {}, ['Date', 'Type', 'Countries', 'Mechanism', 'Place'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.items.map((e) => el('tr', {},
        el('td', {}, eventLink(e, e.date || 'undated')), el('td', {}, typeBadge(e.type)), el('td', {}, e.countries.join(', ')),
        el('td', {}, e.mechanism ? e.mechanism.name : ''), el('td', {}, place(e.location)))))),
  ];
}

// ---- a mechanism series: its editions, and a feed ----
async function mechanismView(key) {
  const all = await api('/api/mechanisms');
  const s = all.find((m) => m.key === key);
  if (!s) return el('p', { class: 'error' }, `No mechanism series '${key}'.`);
  return [
    el('h1', {}, s.name),
    followBox('mechanism', s.key),
    el('p', { class: 'muted' }, `Between ${s.countries.join(' and ')}. `,
      s.countries.length === 2 ? el('a', { href: `#/pair/${s.countries.join('-')}` }, 'The pair page') : null),
    mechanisms([s]),
  ];
}

// ---- event list with filters in the URL ----
const FILTERS = ['country', 'partner', 'type', 'area', 'mechanism', 'person', 'from', 'to', 'q'];
async function eventsView(params) {
  const query = new URLSearchParams([...params].filter(([k, v]) => v && [...FILTERS, 'page', 'sort'].includes(k)));
  const page = await api(`/api/events?${query}`);
  const form = el('form', { class: 'filters', id: 'filters' },
    FILTERS.map((f) => el('label', {}, f,
      f === 'type' ? el('select', { name: f }, el('option', { value: '' }, 'any'), TYPES.map((t) => el('option', t === params.get(f) ? { value: t, selected: 'selected' } : { value: t }, t)))
        : f === 'area' ? el('select', { name: f }, el('option', { value: '' }, 'any'), AREAS.map((a) => el('option', a === params.get(f) ? { value: a, selected: 'selected' } : { value: a }, a)))
          : el('input', { name: f, value: params.get(f) || '', size: f === 'q' ? 16 : 8 }))),
    el('label', {}, 'sort', el('select', { name: 'sort' }, el('option', { value: 'date' }, 'oldest first'),
      el('option', params.get('sort') === '-date' ? { value: '-date', selected: 'selected' } : { value: '-date' }, 'newest first'))),
    el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('/events', new URLSearchParams(new FormData(form))); });
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const to = (p) => { const q = new URLSearchParams(query); q.set('page', String(p)); return `#/events?${q}`; };
  return [
    el('h1', {}, 'Events'),
    form,
    el('p', { class: 'muted' }, `${page.total} events · page ${page.page} of ${pages}`),
    el('table', { id: 'events' },
      el('thead', {}, el('tr', {}, ['Date', 'Type', 'Countries', 'Mechanism', 'Place', 'Participants'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.items.map((e) => el('tr', {},
        el('td', {}, eventLink(e, e.date || 'undated')), el('td', {}, typeBadge(e.type)), el('td', {}, e.countries.join(', ')),
        el('td', {}, e.mechanism ? e.mechanism.name : ''), el('td', {}, place(e.location)), el('td', {}, e.participants.map((p) => p.name).join('; ')))))),
    el('div', { class: 'pager' },
      page.page > 1 ? el('a', { href: to(page.page - 1) }, '← previous') : null,
      page.page < pages ? el('a', { href: to(page.page + 1) }, 'next →') : null),
  ];
}

// ---- full-text search over dispatches ----
// The snippet's text with its highlighted words, all inserted as text.
function marked(snippet) {
  const parts = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    parts.push(snippet.text.slice(at, start), el('mark', { class: 'hit' }, snippet.text.slice(start, end)));
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return parts;
}

async function searchView(params) {
  const q = params.get('q') || '';
  if (q.trim().length < 2) return el('p', {}, 'Type at least two characters to search.');
  const hits = await api(`/api/search?q=${encodeURIComponent(q)}`);
  return [
    el('h1', {}, `Search: “${q}”`),
    el('p', { class: 'muted' }, `${hits.length} dispatch${hits.length === 1 ? '' : 'es'}`),
    hits.map((h) => el('div', { class: 'card hit' },
      el('a', { href: `#/document/${encodeURIComponent(h.id)}?q=${encodeURIComponent(q)}` }, h.id), h.published ? el('span', { class: 'muted' }, ` · ${h.published}`) : null,
      h.title ? el('p', {}, el('strong', {}, h.title)) : null,
      el('p', {}, h.snippet.start > 0 ? '…' : '', marked(h.snippet), '…'),
      h.events.length ? el('p', {}, 'Events: ', h.events.map((id) => [eventLink({ id }, id), ' '])) : null)),
  ];
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  go('/search', new URLSearchParams({ q: document.getElementById('search-q').value }));
});
window.addEventListener('hashchange', render);
render();
