/* Map: a choropleth of the 31 provinces (ECharts, the map registered as 'china' so that the South China Sea
 * islands are drawn in their inset), coloured by the index, a pillar, a sub-pillar or any indicator (its score
 * or its raw value), for an evaluation year. Taiwan, Hong Kong and Macao are drawn without data. */
'use strict';

(() => {
  const {t, name, score, el, clear, api, coverage, chart, select, setParams, param} = IP;
  const FRAMEWORK = 'regional';
  let meta = null;

  async function load() {
    const [framework, regions, geo] = await Promise.all([api(`/api/frameworks/${FRAMEWORK}`), api('/api/regions'),
      api('/geo/china.json')]);
    echarts.registerMap('china', geo);
    const codeOfFeature = {};
    for (const f of geo.features) {
      codeOfFeature[f.properties.name] = f.properties.id.substring(0, 2);
    }
    meta = {framework, regions: Object.fromEntries(regions.map(r => [r.code, r])), codeOfFeature};
  }

  IP.page(async main => {
    if (!meta) {
      await load();
    }
    const f = meta.framework;
    const year = Number(param('year')) || f.evaluation_year;
    const code = param('code') || f.root;
    const node = f.nodes.find(n => n.code === code) || f.nodes[0];
    const indicator = node.level === 1;
    const kind = indicator && param('kind') === 'raw' ? 'raw' : 'score';
    const data = indicator && kind === 'raw'
      ? await api(`/api/frameworks/${FRAMEWORK}/indicators/${encodeURIComponent(node.code)}?year=${year}`)
      : await api(`/api/frameworks/${FRAMEWORK}/results?year=${year}&code=${encodeURIComponent(node.code)}`);
    clear(main);
    const box = el('div', {class: 'chart tall', id: 'map', role: 'img', 'aria-label': name(node)});
    IP.append(main, el('h1', {}, t('map') + ' · ' + name(f.nodes[0])),
        el('div', {class: 'controls'},
            el('label', {}, t('year'), select('year', f.evaluation_years.map(y => [y, String(y)]), year, v => go({year: v}))),
            el('label', {}, t('colorBy'), nodeSelect(f, node.code)),
            indicator ? el('label', {}, t('kind'), select('kind', [['score', t('scoreKind')], ['raw', t('rawKind')]], kind,
                v => go({kind: v}))) : null),
        el('section', {class: 'card'}, box,
            el('p', {class: 'muted small'}, t('mapNote') + ' ' + t('clickHint'))),
        data.coverage ? coverage(data.coverage) : null);
    draw(box, node, kind, data);
  });

  function go(values) {
    setParams(values);
    IP.rerender();
  }

  function nodeSelect(f, selected) {
    const groups = [[4, t('regionalIndex')], [3, IP.lang === 'en' ? 'Pillars' : '一级指标'], [2, IP.lang === 'en' ? 'Sub-pillars'
      : '二级指标'], [1, t('indicators')]];
    const s = el('select', {id: 'code', onchange: e => go({code: e.target.value, kind: null})},
        groups.map(([level, label]) => el('optgroup', {label}, f.nodes.filter(n => n.level === level).map(n =>
            el('option', {value: n.code, selected: n.code === selected}, `${n.code} ${name(n)}`)))));
    return s;
  }

  function draw(box, node, kind, data) {
    const values = {};
    if (kind === 'raw') {
      data.rows.forEach(r => {
        values[r.unit] = r.raw;
      });
    }
    const ranks = {};
    if (kind !== 'raw') {
      IP.records(data).forEach(r => {
        values[r.unit] = r.score;
        ranks[r.unit] = r.rank;
      });
    }
    const nameMap = {};
    const items = [];
    for (const [feature, code] of Object.entries(meta.codeOfFeature)) {
      const region = meta.regions[code];
      const shown = region ? name(region) : feature;
      nameMap[feature] = shown;
      if (IP.isNumber(values[code])) {
        items.push({name: shown, value: values[code], code, rank: ranks[code]});
      }
    }
    const numbers = items.map(i => i.value);
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const format = v => (kind === 'raw' ? IP.value(v, node.unit) : score(v));
    const codeOfName = Object.fromEntries(Object.entries(meta.codeOfFeature).map(([feature, code]) => [nameMap[feature], code]));
    chart(box, {
      tooltip: {trigger: 'item', formatter: p => {
        const e = IP.esc;
        if (!p.data) {
          return `${e(p.name)}<br>${e(t('noData'))}`;
        }
        return `${e(p.name)}<br>${e(name(node))}: ${e(format(p.data.value))}`
          + (p.data.rank ? `<br>${e(t('rank'))}: ${p.data.rank}` : '');
      }},
      visualMap: numbers.length ? {min, max: max > min ? max : min + 1, left: 16, bottom: 24, calculable: true,
        inRange: {color: ['#fbe9e7', '#f4a582', '#d6604d', '#b2182b', '#67001f']},
        formatter: v => format(v)} : undefined,
      series: [{type: 'map', map: 'china', nameMap, data: items, selectedMode: false, roam: false,
        top: 12, bottom: 12,
        itemStyle: {areaColor: '#e6e8eb', borderColor: '#aab4be', borderWidth: 0.6},
        emphasis: {label: {show: true}, itemStyle: {areaColor: '#1f5f99'}},
        label: {show: false}}],
    }, c => {
      c.off('click');
      c.on('click', p => {
        const code = codeOfName[p.name];
        if (code && meta.regions[code] && meta.regions[code].type === 'province') {
          location.href = `/province.html?unit=${code}`;
        }
      });
    });
  }
})();
