/* Indicator explorer: for one indicator, every unit's raw value, the value the evaluation used (with its flag),
 * the normalised score and rank, where the value comes from, and the history of each stored value. */
'use strict';

(() => {
  const {t, name, score, change, changeClass, el, clear, api, select, setParams, param} = IP;
  const meta = {};

  async function framework(fw) {
    if (!meta[fw]) {
      const [tree, list] = await Promise.all([api(`/api/frameworks/${fw}`), api('/api/frameworks')]);
      meta[fw] = {tree, summary: list.find(f => f.name === fw), all: list};
    }
    return meta[fw];
  }

  IP.page(async main => {
    const fw = param('framework') === 'national' ? 'national' : 'regional';
    const m = await framework(fw);
    const indicators = m.tree.nodes.filter(n => n.level === 1);
    const absent = new Set(m.summary.coverage ? m.summary.coverage.absent : []);
    const code = param('code') && indicators.some(n => n.code === param('code')) ? param('code')
      : (indicators.find(n => !absent.has(n.code)) || indicators[0]).code;
    const year = param('year') || m.summary.evaluation_year;
    const history = param('history') === 'true';
    const q = `year=${year}` + (history ? '&history=true' : '');
    const path = `/api/frameworks/${fw}/indicators/${encodeURIComponent(code)}?${q}`;
    const data = await api(path);
    const n = data.indicator;
    clear(main);
    IP.append(main, el('h1', {}, t('indicators') + ' · ' + `${n.code} ${name(n)}`),
        el('div', {class: 'controls'},
            el('label', {}, t('framework'), select('framework', m.all.map(f => [f.name, name(f)]), fw,
                v => go({framework: v, code: null, year: null}))),
            el('label', {}, t('indicator'), indicatorSelect(m.tree.nodes, code, absent)),
            el('label', {}, t('year'), select('year', m.summary.evaluation_years.map(y => [y, String(y)]), Number(year),
                v => go({year: v}))),
            el('label', {}, el('input', {type: 'checkbox', id: 'history', checked: history,
              onchange: e => go({history: e.target.checked ? 'true' : null})}), IP.lang === 'en' ? 'all years' : '历年'),
            el('a', {class: 'button', id: 'download', href: path + '&format=csv', download: ''}, t('download'))),
        el('p', {class: 'lead'}, [
          `${t('unit')}: ${n.unit || '—'}`, `${t('direction')}: ${t(n.direction > 0 ? 'positive' : 'negative')}`,
          `${t('framework')}: ${n.parent} ${IP.lang === 'en' ? n.parent_name_en : n.parent_name_zh}`,
          `${t('weightIndex')}: ${IP.percent(n.weight_in_index, 2)}`].join(' · ')),
        n.note ? el('p', {class: 'muted small'}, n.note) : null,
        absent.has(code) && !history ? el('div', {class: 'coverage'}, t('nothing')) : null,
        table(data, n), el('div', {id: 'history-box'}));
  });

  function go(values) {
    setParams(values);
    IP.rerender();
  }

  function indicatorSelect(nodes, selected, absent) {
    const parents = nodes.filter(x => x.level === 2);
    return el('select', {id: 'code', onchange: e => go({code: e.target.value})}, parents.map(p => el('optgroup',
        {label: `${p.code} ${name(p)}`}, nodes.filter(x => x.parent === p.code && x.level === 1).map(x => el('option',
            {value: x.code, selected: x.code === selected}, `${x.code} ${name(x)}` + (absent.has(x.code) ? ` (${t('noData')})` : ''))))));
  }

  function table(data, n) {
    const head = el('tr', {}, [t('region'), t('dataYear'), t('raw'), t('used'), t('flag'), t('score'), t('rank'), t('change'),
      t('source'), t('history')].map((h, i) => el('th', {class: i >= 2 && i <= 7 && i !== 4 ? 'num' : null}, h)));
    const rows = data.rows.map(r => el('tr', {'data-unit': r.unit},
        el('td', {}, r.unit === 'CN' ? name(r) : el('a', {href: `/province.html?unit=${r.unit}`}, name(r))),
        el('td', {}, String(r.year)),
        el('td', {class: 'num' + (IP.isNumber(r.raw) ? '' : ' nodata')}, IP.value(r.raw, n.unit)),
        el('td', {class: 'num' + (IP.isNumber(r.value) ? '' : ' nodata')}, IP.value(r.value, n.unit)),
        el('td', {}, IP.flag(r.flag, r.flag_year)),
        el('td', {class: 'num' + (IP.isNumber(r.score) ? '' : ' nodata')}, score(r.score)),
        el('td', {class: 'num'}, r.rank ? String(r.rank) : '—'),
        el('td', {class: 'num ' + changeClass(r.change)}, change(r.change)),
        el('td', {class: 'wrap small'}, r.source ? [r.source.note || r.source.source_document || '', el('br'),
          el('span', {class: 'muted'}, `${r.source.file || ''} · ${r.source.who}`)] : ''),
        el('td', {}, r.source ? el('button', {type: 'button', class: 'button', onclick: () => revisions(n, r)},
            `${r.source.revisions}`) : '')));
    return el('div', {class: 'table-wrap'}, el('table', {id: 'series'}, el('thead', {}, head), el('tbody', {}, rows)));
  }

  async function revisions(n, r) {
    const year = r.flag === 'carried_forward' ? r.flag_year : r.year;
    const h = await api(`/api/observations/history?measure=${encodeURIComponent(n.code)}&region=${encodeURIComponent(r.unit)}&year=${year}`);
    const box = clear(document.getElementById('history-box'));
    box.append(el('div', {class: 'popover', role: 'dialog'},
        el('h3', {}, `${t('history')}: ${n.code} ${name(n)} · ${name(r)} · ${year}`),
        el('table', {}, el('thead', {}, el('tr', {}, [t('revision'), t('value'), t('recordedAt'), t('who'), t('file'),
          t('document'), t('reason')].map(x => el('th', {}, x)))),
        el('tbody', {}, h.revisions.map(v => el('tr', {}, el('td', {}, String(v.revision)),
            el('td', {class: 'num'}, IP.value(v.value, n.unit)), el('td', {}, v.recorded_at.replace('T', ' ').substring(0, 19)),
            el('td', {}, v.who), el('td', {}, v.file_name || ''), el('td', {class: 'wrap'}, v.source_document || ''),
            el('td', {class: 'wrap'}, v.reason || ''))))),
        el('button', {type: 'button', class: 'button', onclick: () => clear(box)}, t('close'))));
    box.scrollIntoView({behavior: IP.test ? 'auto' : 'smooth'});
  }
})();
