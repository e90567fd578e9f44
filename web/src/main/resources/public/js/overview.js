/* Overview: the national index and its six dimensions (like the report's figure 23), the regional index's
 * mean and median, the leading provinces and the biggest gainers, the areas and strategic regions. */
'use strict';

(() => {
  const {t, name, score, change, changeClass, el, clear, api, coverage, chart} = IP;
  let data = null;

  IP.page(async main => {
    if (!data) {
      data = await api('/api/overview');
    }
    clear(main);
    IP.append(main, el('h1', {}, t('overview')));
    const cards = el('div', {class: 'cards'});
    IP.append(main, cards);
    if (data.national) {
      national(cards, data.national);
    }
    if (data.regional) {
      regional(cards, data.regional);
    }
    if (!data.national && !data.regional) {
      IP.append(main, el('p', {}, t('nothing')));
    }
  });

  function national(cards, n) {
    const root = n.nodes[0];
    cards.append(el('section', {class: 'card', id: 'national'},
        el('h2', {}, t('nationalIndex') + ' · ' + name(root)),
        el('p', {class: 'lead'}, evaluationLine(n)),
        el('div', {class: 'kpi'},
            el('div', {}, el('div', {class: 'big', id: 'national-score'}, score(root.score)), el('div', {class: 'label'}, t('points'))),
            el('div', {class: changeClass(root.change)}, el('div', {class: 'label'}, t('change') + ` (${n.previous_year})`),
                change(root.change), IP.isNumber(root.change_pct) ? ` (${root.change_pct.toFixed(1)}%)` : '')),
        coverage(n.coverage)));
    const box = el('div', {class: 'chart', id: 'chart-national', role: 'img', 'aria-label': name(root)});
    cards.append(el('section', {class: 'card span4'}, el('h3', {}, IP.lang === 'en'
        ? `${name(root)}: ${n.previous_year}–${n.data_year} (data years)` : `${name(root)}：${n.previous_year}—${n.data_year}年数据`), box));
    const labels = n.nodes.map(x => name(x) + (IP.isNumber(x.score) ? '' : `\n(${t('noData')})`));
    chart(box, {
      tooltip: {trigger: 'axis', valueFormatter: v => score(v)},
      legend: {top: 0, right: 0},
      grid: {left: 48, right: 16, top: 40, bottom: 76},
      xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, width: 96, overflow: 'break', fontSize: 11}},
      yAxis: {type: 'value', name: t('points'), min: v => Math.floor(Math.min(90, v.min) / 10) * 10},
      series: [
        bars(`${n.previous_year}`, n.nodes.map(x => x.previous), '#9fb3c8'),
        bars(`${n.data_year}`, n.nodes.map(x => x.score), '#b3261e'),
      ],
    });
  }

  function bars(label, values, color) {
    return {name: label, type: 'bar', barMaxWidth: 28, itemStyle: {color},
      data: values.map(v => (IP.isNumber(v) ? Number(v.toFixed(2)) : null)),
      label: {show: true, position: 'top', fontSize: 10, formatter: p => (p.value == null ? '' : p.value.toFixed(1))}};
  }

  function evaluationLine(x) {
    return IP.lang === 'en' ? `${x.evaluation_year} evaluation (${x.data_year} data)`
      : `${x.evaluation_year}年评价（${x.data_year}年数据）`;
  }

  function regional(cards, r) {
    const a = r.all;
    cards.append(el('section', {class: 'card', id: 'regional'},
        el('h2', {}, t('regionalIndex') + ' · ' + name(r)),
        el('p', {class: 'lead'}, evaluationLine(r) + ' · ' + t('provincesN', {n: a.present})),
        el('div', {class: 'kpi'},
            kpi(t('mean'), 'regional-mean', a.mean, a.mean_change),
            kpi(t('median'), 'regional-median', a.median, a.median_change)),
        coverage(r.coverage)));
    cards.append(el('section', {class: 'card', id: 'leaders'}, el('h2', {}, t('leaders')),
        standings(r.leaders, x => score(x.score) + ' ' + t('points'))));
    cards.append(el('section', {class: 'card', id: 'gainers'}, el('h2', {}, t('gainers')),
        standings(r.gainers, x => change(x.change) + ' ' + t('points'))));
    groupChart(cards, 'chart-areas', t('areas'), r.areas);
    groupChart(cards, 'chart-strategic', t('strategic'), r.strategic_regions);
  }

  function kpi(label, id, value, delta) {
    return el('div', {}, el('div', {class: 'label'}, label), el('div', {class: 'big', id}, score(value)),
        el('div', {class: changeClass(delta)}, t('change') + ' ' + change(delta)));
  }

  function standings(list, text) {
    return el('ol', {class: 'list'}, list.map(x => el('li', {},
        el('a', {href: `/province.html?unit=${encodeURIComponent(x.unit)}`}, name(x)), ' ', el('span', {class: 'muted'}, text(x)))));
  }

  function groupChart(cards, id, title, groups) {
    const box = el('div', {class: 'chart small', id});
    cards.append(el('section', {class: 'card span3'}, el('h3', {}, title), box));
    chart(box, {
      tooltip: {trigger: 'axis'},
      grid: {left: 44, right: 48, top: 52, bottom: 64},
      legend: {top: 0},
      xAxis: {type: 'category', data: groups.map(g => name(g)), axisLabel: {interval: 0, width: 80, overflow: 'break', fontSize: 11}},
      yAxis: [{type: 'value', name: t('mean'), min: v => Math.floor(v.min / 10) * 10}, {type: 'value', name: t('change')}],
      series: [
        {name: t('mean'), type: 'bar', barMaxWidth: 36, itemStyle: {color: '#1f5f99'},
          data: groups.map(g => (IP.isNumber(g.mean) ? Number(g.mean.toFixed(2)) : null)),
          label: {show: true, position: 'top', fontSize: 10, formatter: p => (p.value == null ? '' : p.value.toFixed(2))}},
        {name: t('change'), type: 'line', yAxisIndex: 1, itemStyle: {color: '#b3261e'},
          data: groups.map(g => (IP.isNumber(g.mean_change) ? Number(g.mean_change.toFixed(2)) : null))},
      ],
    });
  }
})();
