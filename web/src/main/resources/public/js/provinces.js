/* Provinces: the ranking table, sorted and filtered by the server, so that the download (the same request as
 * CSV) holds exactly the rows and columns shown. */
'use strict';

(() => {
  const {t, name, score, change, changeClass, el, clear, api, coverage, select, setParams, param} = IP;
  const FRAMEWORK = 'regional';
  let meta = null;
  let timer = null;

  function query(format) {
    const q = new URLSearchParams();
    for (const k of ['year', 'area', 'strategic_region', 'q', 'sort', 'order']) {
      const v = param(k);
      if (v) {
        q.set(k, v);
      }
    }
    q.set('lang', IP.lang);
    if (format) {
      q.set('format', format);
    }
    return `/api/frameworks/${FRAMEWORK}/ranking?${q}`;
  }

  IP.page(async main => {
    if (!meta) {
      const [frameworks, groupings] = await Promise.all([api('/api/frameworks'), api('/api/groupings')]);
      meta = {framework: frameworks.find(f => f.name === FRAMEWORK), groupings};
    }
    const table = await api(query());
    clear(main);
    IP.append(main, el('h1', {}, t('provinces') + ' · ' + name(meta.framework)),
        el('p', {class: 'lead'}, IP.lang === 'en' ? `${table.evaluation_year} evaluation (${table.data_year} data)`
          : `${table.evaluation_year}年评价（${table.data_year}年数据）`),
        controls(table), coverage(table.coverage), render(table),
        el('p', {class: 'muted small'}, t('sortHint') + ' · ' + t('downloadHint')));
  });

  function controls(table) {
    const years = meta.framework.evaluation_years.map(y => [y, String(y)]);
    const areas = [['', t('all')]].concat(meta.groupings.area.map(g => [g.label_zh, name(g)]));
    const strategic = [['', t('all')]].concat(meta.groupings.strategic_region.map(g => [g.label_zh, name(g)]));
    const search = el('input', {type: 'search', id: 'search', placeholder: t('search'), value: param('q') || ''});
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => update({q: search.value.trim()}), 250);
    });
    return el('div', {class: 'controls'},
        el('label', {}, t('year'), select('year', years, table.evaluation_year, v => update({year: v}))),
        el('label', {}, t('area'), select('area', areas, param('area') || '', v => update({area: v}))),
        el('label', {}, t('strategicRegion'), select('strategic', strategic, param('strategic_region') || '',
            v => update({strategic_region: v}))),
        search,
        el('span', {class: 'muted', id: 'shown'}, t('shownOf', {a: table.shown, b: table.total})),
        el('a', {class: 'button', id: 'download', href: query('csv'), download: ''}, t('download')));
  }

  async function update(values) {
    setParams(values);
    const main = document.getElementById('main');
    const focus = document.activeElement && document.activeElement.id;
    const table = await api(query());
    const old = document.getElementById('ranking');
    old.replaceWith(render(table));
    document.getElementById('shown').textContent = t('shownOf', {a: table.shown, b: table.total});
    document.getElementById('download').setAttribute('href', query('csv'));
    if (focus === 'search') {
      main.querySelector('#search').focus();
    }
  }

  function render(table) {
    const sort = table.sort;
    const head = el('tr', {}, table.columns.map(c => {
      const numeric = c.type !== 'TEXT';
      const sorted = c.key === sort;
      return el('th', {class: (numeric ? 'num ' : '') + 'sortable' + (sorted ? ' sorted' : ''), 'data-key': c.key,
        'data-arrow': sorted ? (table.order === 'desc' ? '↓' : '↑') : null, scope: 'col', title: c.node || null,
        onclick: () => update({sort: c.key, order: sorted && table.order === 'asc' ? 'desc' : sorted ? 'asc'
          : c.type === 'TEXT' || c.type === 'RANK' ? 'asc' : 'desc'})}, IP.lang === 'en' ? c.label_en : c.label_zh);
    }));
    const body = el('tbody', {}, table.rows.map(row => el('tr', {'data-unit': row[1]}, table.columns.map((c, i) => cell(c, row[i], row)))));
    return el('div', {class: 'table-wrap', id: 'ranking'}, el('table', {}, el('thead', {}, head), body));
  }

  function cell(column, v, row) {
    switch (column.type) {
      case 'RANK':
        return el('td', {class: 'num', 'data-key': column.key}, v == null ? t('notScored') : String(v));
      case 'SCORE':
        return el('td', {class: 'num' + (IP.isNumber(v) ? '' : ' nodata'), 'data-key': column.key}, score(v));
      case 'CHANGE':
        return el('td', {class: 'num ' + changeClass(v), 'data-key': column.key}, change(v));
      case 'PERCENT':
        return el('td', {class: 'num', 'data-key': column.key}, IP.isNumber(v) ? v.toFixed(1) : t('noData'));
      default:
        if (column.key === 'name') {
          return el('td', {'data-key': column.key}, el('a', {href: `/province.html?unit=${encodeURIComponent(row[1])}`}, v));
        }
        return el('td', {'data-key': column.key}, v == null ? '' : v);
    }
  }
})();
