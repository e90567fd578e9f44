/* Targets: the status of each plan target (Eurostat / Statistics Canada progress method), with bars for the
 * share of the distance covered against the share of the time elapsed, the projections and the judgment. */
'use strict';

(() => {
  const {t, el, clear, api, select, setParams, param} = IP;
  let sets = null;

  IP.page(async main => {
    if (!sets) {
      sets = await api('/api/targets/sets');
    }
    const q = new URLSearchParams();
    if (param('set')) {
      q.set('set', param('set'));
    }
    if (param('year')) {
      q.set('year', param('year'));
    }
    const path = '/api/targets' + (q.toString() ? '?' + q : '');
    const table = await api(path);
    clear(main);
    const first = Math.min(...table.rows.map(r => r.baseline_year || table.year));
    const years = [];
    for (let y = first; y <= Math.max(table.year, new Date().getFullYear()); y++) {
      years.push([y, String(y)]);
    }
    IP.append(main, el('h1', {}, t('targets')),
        el('p', {class: 'lead'}, sets.find(s => s.name === table.set) ? sets.find(s => s.name === table.set).description : table.set),
        el('div', {class: 'controls'},
            el('label', {}, t('set'), select('set', sets.map(s => [s.name, s.name]), table.set, v => go({set: v, year: null}))),
            el('label', {}, IP.lang === 'en' ? 'Data up to' : '数据截至', select('year', years, table.year, v => go({year: v}))),
            el('a', {class: 'button', id: 'download', href: path + (q.toString() ? '&' : '?') + 'format=csv', download: ''},
                t('download'))),
        el('div', {class: 'table-wrap'}, el('table', {id: 'targets'}, head(), el('tbody', {}, table.rows.flatMap(row)))),
        el('p', {class: 'muted small'}, IP.lang === 'en'
          ? 'Bars: the share of the distance from baseline to target covered (blue), against the share of the time from baseline to target year elapsed (red mark). R = actual growth / required growth: on track when R ≥ 0.95, needs acceleration when 0.60 ≤ R < 0.95.'
          : '进度条：蓝色为从基期到目标已完成的距离比例，红线为从基期到目标年已过去的时间比例。R = 实际年均增速 / 所需年均增速：R ≥ 0.95 符合预期，0.60 ≤ R < 0.95 需加快。'));
  });

  function go(values) {
    setParams(values);
    IP.rerender();
  }

  function head() {
    return el('thead', {}, el('tr', {}, ['#', t('indicator'), t('unit'), t('baseline'), t('latest'), t('target'), t('status'),
      t('progress'), t('ratio'), t('growth'), t('projectionHead')].map((h, i) => el('th', {class: i >= 3 && i !== 6 && i !== 7 ? 'num' : null}, h))));
  }

  function number(x) {
    if (!IP.isNumber(x)) {
      return t('noData');
    }
    return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2)));
  }

  function growth(x, model) {
    if (!IP.isNumber(x)) {
      return '—';
    }
    return model === 'linear' ? number(x) : (100 * x).toFixed(Math.abs(x) < 0.01 ? 2 : 1) + '%';
  }

  function row(r) {
    const name = IP.lang === 'en' ? (r.name_en || r.name_zh) : r.name_zh;
    const unit = IP.lang === 'en' ? r.unit_en : r.unit_zh;
    const status = IP.lang === 'en' ? r.status_en : r.status_zh;
    const bar = el('div', {class: 'bars'});
    if (IP.isNumber(r.distance_share) && IP.isNumber(r.time_share)) {
      const text = `${t('distance')} ${IP.percent(r.distance_share, 0)} · ${t('time')} ${IP.percent(r.time_share, 0)}`;
      const fill = el('div', {class: 'fill'});
      const mark = el('div', {class: 'mark'});
      fill.style.width = (100 * Math.max(0, Math.min(1, r.distance_share))) + '%';
      mark.style.left = `calc(${100 * Math.max(0, Math.min(1, r.time_share))}% - 1px)`;
      bar.append(el('div', {class: 'bar', title: text}, fill, mark), el('span', {class: 'small muted'}, text));
    } else {
      bar.append(el('span', {class: 'muted small'}, '—'));
    }
    const projection = IP.isNumber(r.projection_compound) || IP.isNumber(r.projection_linear)
      ? `${number(r.projection_compound)} / ${number(r.projection_linear)}` : '—';
    const main = el('tr', {'data-code': r.code},
        el('td', {}, String(r.order)), el('td', {class: 'wrap'}, name), el('td', {}, unit),
        el('td', {class: 'num'}, r.baseline_year ? `${number(r.baseline_value)} (${r.baseline_year})` : '—'),
        el('td', {class: 'num'}, r.latest_year ? `${number(r.latest_value)} (${r.latest_year})` : t('noData')),
        el('td', {class: 'num'}, IP.isNumber(r.target_value) ? `${number(r.target_value)} (${r.target_year})` : '—'),
        el('td', {}, el('span', {class: 'badge s-' + r.status}, status)),
        el('td', {}, bar),
        el('td', {class: 'num'}, IP.isNumber(r.ratio) ? r.ratio.toFixed(2) : '—'),
        el('td', {class: 'num'}, `${growth(r.growth_actual, r.growth_model)} / ${growth(r.growth_required, r.growth_model)}`),
        el('td', {class: 'num', title: `${t('compound')} / ${t('linear')} · ${r.target_year}`}, projection));
    const sentence = el('tr', {class: 'sentence'}, el('td', {}), el('td', {colspan: 10, class: 'wrap small muted'},
        IP.lang === 'en' ? r.sentence_en : r.sentence_zh));
    return [main, sentence];
  }
})();
