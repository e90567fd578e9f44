/* Province profile: pillar and sub-pillar scores against the mean of all provinces, strengths and weaknesses,
 * the scores over the years, what drove the change, coverage and the values carried forward. */
'use strict';

(() => {
  const {t, name, score, change, changeClass, el, clear, api, coverage, chart, select, setParams, param} = IP;
  const FRAMEWORK = 'regional';
  let meta = null;

  IP.page(async main => {
    if (!meta) {
      const [framework, regions] = await Promise.all([api(`/api/frameworks/${FRAMEWORK}`), api('/api/regions?type=province')]);
      meta = {framework, provinces: regions};
    }
    const unit = param('unit') || meta.provinces[0].code;
    const year = param('year');
    const p = await api(`/api/frameworks/${FRAMEWORK}/units/${encodeURIComponent(unit)}` + (year ? `?year=${year}` : ''));
    clear(main);
    const root = p.nodes[0];
    const places = [p.unit.area ? (IP.lang === 'en' ? p.unit.area_en : p.unit.area) : null]
        .concat(IP.lang === 'en' ? p.unit.strategic_regions_en : p.unit.strategic_regions).filter(x => x);
    IP.append(main, el('h1', {id: 'unit-name'}, t('profile') + ' · ' + name(p.unit)),
        el('p', {class: 'lead'}, (IP.lang === 'en' ? `${p.evaluation_year} evaluation (${p.data_year} data)`
          : `${p.evaluation_year}年评价（${p.data_year}年数据）`) + (places.length ? ' · ' + places.join(' · ') : '')),
        el('div', {class: 'controls'},
            el('label', {}, t('chooseProvince'), select('unit', meta.provinces.map(r => [r.code, name(r)]), p.unit.code,
                v => go({unit: v}))),
            el('label', {}, t('year'), select('year', meta.framework.evaluation_years.map(y => [y, String(y)]), p.evaluation_year,
                v => go({year: v})))));
    const cards = el('div', {class: 'cards'});
    IP.append(main, cards);
    cards.append(el('section', {class: 'card', id: 'headline'}, el('h2', {}, name(root)),
        el('div', {class: 'kpi'},
            el('div', {}, el('div', {class: 'big', id: 'unit-score'}, score(root.score)), el('div', {class: 'label'}, t('points'))),
            el('div', {}, el('div', {class: 'label'}, t('rank')), el('div', {class: 'big'}, root.rank ? `${root.rank}/${p.units}` : '—')),
            el('div', {class: changeClass(root.change)}, el('div', {class: 'label'}, t('change')), change(root.change))),
        el('p', {class: 'muted small'}, `${t('mean')} ${score(root.mean)} · ${t('median')} ${score(root.median)} · `
            + `${t('coverageTitle')} ${IP.percent(root.coverage)}`)));
    const vs = el('div', {class: 'chart', id: 'chart-vs-mean'});
    cards.append(el('section', {class: 'card span4'}, el('h2', {}, t('vsMean')), vs));
    cards.append(el('section', {class: 'card span3'}, el('h2', {}, t('strengths')), standings(p.strengths, p.units)));
    cards.append(el('section', {class: 'card span3'}, el('h2', {}, t('weaknesses')), standings(p.weaknesses, p.units)));
    const trend = el('div', {class: 'chart small', id: 'chart-trend'});
    cards.append(el('section', {class: 'card span3'}, el('h2', {}, t('trend')), trend));
    cards.append(el('section', {class: 'card span3'}, el('h2', {}, t('drivers')), drivers(p.drivers)));
    cards.append(el('section', {class: 'card wide'}, el('h2', {}, t('frameworkTree')), nodes(p)));
    cards.append(el('section', {class: 'card wide'}, el('h2', {}, t('estimatedTitle')), estimated(p)));
    IP.append(main, coverage(p.coverage));
    drawVs(vs, p);
    drawTrend(trend, p);
  });

  function go(values) {
    setParams(values);
    IP.rerender();
  }

  function standings(list, units) {
    if (!list.length) {
      return el('p', {class: 'muted'}, t('nothing'));
    }
    return el('ol', {class: 'list'}, list.map(s => el('li', {},
        el('a', {href: `/indicators.html?code=${encodeURIComponent(s.code)}`}, `${s.code} ${name(s)}`), ' ',
        el('span', {class: 'muted'}, `${t('rank')} ${s.rank}/${units} · ${IP.value(s.raw, s.unit)}`))));
  }

  function drawVs(box, p) {
    const shown = p.nodes.filter(n => n.level < p.nodes[0].level).reverse();
    chart(box, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: v => score(v)},
      legend: {top: 0, right: 0},
      grid: {left: 150, right: 24, top: 32, bottom: 24},
      yAxis: {type: 'category', data: shown.map(n => name(n) + (IP.isNumber(n.score) ? '' : ` (${t('noData')})`)),
        axisLabel: {width: 140, overflow: 'truncate', fontSize: 11}},
      xAxis: {type: 'value', min: v => Math.floor(Math.min(60, v.min) / 10) * 10, max: 100},
      series: [
        {name: name(p.unit), type: 'bar', barMaxWidth: 12, itemStyle: {color: '#b3261e'},
          data: shown.map(n => (IP.isNumber(n.score) ? Number(n.score.toFixed(2)) : null))},
        {name: t('mean'), type: 'bar', barMaxWidth: 12, itemStyle: {color: '#9fb3c8'},
          data: shown.map(n => (IP.isNumber(n.mean) ? Number(n.mean.toFixed(2)) : null))},
      ],
    });
  }

  function drawTrend(box, p) {
    const series = [];
    p.trend.forEach((s, i) => {
      if (s.scores.some(IP.isNumber)) {
        series.push({name: name(s), type: 'line', symbolSize: 7, lineStyle: {width: i === 0 ? 3 : 1.5},
          data: s.scores.map(v => (IP.isNumber(v) ? Number(v.toFixed(2)) : null))});
      }
    });
    const root = p.trend[0];
    series.push({name: `${t('mean')} · ${name(root)}`, type: 'line', lineStyle: {type: 'dashed'}, symbol: 'none',
      itemStyle: {color: '#9aa5b1'}, data: root.means.map(v => (IP.isNumber(v) ? Number(v.toFixed(2)) : null))});
    chart(box, {
      tooltip: {trigger: 'axis', valueFormatter: v => score(v)},
      legend: {top: 0, type: 'scroll'},
      grid: {left: 40, right: 16, top: 36, bottom: 28},
      xAxis: {type: 'category', data: p.years.map(String)},
      yAxis: {type: 'value', min: v => Math.floor(v.min / 5) * 5},
      series,
    });
  }

  function drivers(d) {
    if (!IP.isNumber(d.total)) {
      return el('p', {class: 'muted'}, t('notScored'));
    }
    const top = d.indicators.slice(0, 8);
    return el('div', {}, el('p', {}, `${t('change')} ${change(d.total)} ${t('points')}`),
        el('ul', {class: 'list'}, top.map(c => el('li', {}, `${c.code} ${name(c)} `,
            el('span', {class: changeClass(c.contribution)}, change(c.contribution, 3))))),
        Math.abs(d.residual) > 0.005 ? el('p', {class: 'muted small'}, `${t('residual')}: ${change(d.residual)}`) : null);
  }

  function nodes(p) {
    const head = el('tr', {}, [t('code'), t('node'), t('score'), t('rank'), t('change'), t('mean'), t('coverageTitle')]
        .map((h, i) => el('th', {class: i > 1 ? 'num' : null}, h)));
    const rows = p.nodes.map(n => el('tr', {},
        el('td', {}, n.code), el('td', {}, '\u3000'.repeat(p.nodes[0].level - n.level) + name(n)),
        el('td', {class: 'num' + (IP.isNumber(n.score) ? '' : ' nodata')}, score(n.score)),
        el('td', {class: 'num'}, n.rank ? `${n.rank}/${p.units}` : '—'),
        el('td', {class: 'num ' + changeClass(n.change)}, change(n.change)),
        el('td', {class: 'num'}, score(n.mean)),
        el('td', {class: 'num'}, IP.percent(n.coverage))));
    return el('div', {class: 'table-wrap'}, el('table', {id: 'unit-nodes'}, el('thead', {}, head), el('tbody', {}, rows)));
  }

  function estimated(p) {
    const with_ = IP.lang === 'en' ? `${p.indicators_with_data} of ${meta.framework.nodes.filter(n => n.level === 1).length} indicators have a value for ${name(p.unit)} in ${p.data_year}.`
      : `${p.data_year}年${name(p.unit)}在${meta.framework.nodes.filter(n => n.level === 1).length}个指标中有${p.indicators_with_data}个有数值。`;
    if (!p.estimated.length) {
      return el('div', {}, el('p', {}, with_), el('p', {class: 'muted'}, t('noneEstimated')));
    }
    return el('div', {}, el('p', {}, with_), el('div', {class: 'table-wrap'}, el('table', {},
        el('thead', {}, el('tr', {}, [t('indicator'), t('year'), t('flag'), t('value')].map(h => el('th', {}, h)))),
        el('tbody', {}, p.estimated.map(e => el('tr', {}, el('td', {}, `${e.code} ${name(e)}`), el('td', {}, String(e.year)),
            el('td', {}, IP.flag(e.flag, e.from_year)), el('td', {class: 'num'}, IP.value(e.value, e.unit))))))));
  }
})();
