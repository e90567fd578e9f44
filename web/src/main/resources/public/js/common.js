/*
 * ipindex dashboard: what every page shares. The language (Chinese by default, English by the toggle),
 * the page chrome, number formats for Chinese readers, API calls with readable errors, DOM building
 * (text only: nothing from the data is ever parsed as HTML), tables, and ECharts charts.
 *
 * Labels of indicators, pillars and indices come from the API (the framework's name_zh / name_en);
 * the pages' own words are in words.js.
 */
'use strict';

const IP = (() => {
  const WORDS = IP_WORDS;

  const params = new URLSearchParams(location.search);
  if (params.has('test')) {
    sessionStorage.setItem('ipindex.test', '1');
  }
  const TEST = sessionStorage.getItem('ipindex.test') === '1';
  let lang = params.get('lang') || localStorage.getItem('ipindex.lang') || 'zh';
  if (lang !== 'zh' && lang !== 'en') {
    lang = 'zh';
  }
  const renderers = [];
  const charts = [];
  let firstChartMarked = false;

  function t(key, values) {
    let s = (WORDS[lang] && WORDS[lang][key]) || WORDS.zh[key] || key;
    if (values) {
      for (const [k, v] of Object.entries(values)) {
        s = s.split('{' + k + '}').join(String(v));
      }
    }
    return s;
  }

  /** The name of a framework node, unit or group in the current language (falls back to the other). */
  function name(o) {
    if (!o) {
      return '';
    }
    const zh = o.name_zh !== undefined ? o.name_zh : o.label_zh;
    const en = o.name_en !== undefined ? o.name_en : o.label_en;
    return lang === 'en' ? (en || zh || o.code || '') : (zh || en || o.code || '');
  }

  function isNumber(x) {
    return typeof x === 'number' && Number.isFinite(x);
  }

  /** A score in points: two decimals, or "无数据" / "no data". */
  function score(x, decimals) {
    return isNumber(x) ? x.toFixed(decimals === undefined ? 2 : decimals) : t('noData');
  }

  /** A change: ▲ 1.71 / ▼ 0.23 / 0.00, or — when there is no previous year to compare with. */
  function change(x, decimals) {
    if (!isNumber(x)) {
      return t('notScored');
    }
    const d = decimals === undefined ? 2 : decimals;
    const text = Math.abs(x).toFixed(d);
    if (Number(text) === 0) {
      return (0).toFixed(d);
    }
    return (x > 0 ? '▲' : '▼') + text;
  }

  function changeClass(x) {
    return !isNumber(x) || Number(Math.abs(x).toFixed(2)) === 0 ? 'flat' : x > 0 ? 'up' : 'down';
  }

  /** A share 0–1 as per cent with one decimal. */
  function percent(share, decimals) {
    return isNumber(share) ? (100 * share).toFixed(decimals === undefined ? 1 : decimals) + '%' : t('noData');
  }

  function grouped(x, decimals) {
    return x.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', {minimumFractionDigits: decimals, maximumFractionDigits: decimals});
  }

  /** A raw value with its unit, as Chinese statistics print it: 万件 above ten thousand, 亿元, %. */
  function value(x, unit) {
    if (!isNumber(x)) {
      return t('noData');
    }
    const u = unit || '';
    if (u === '件' || u === '个' || u === '人' || u === '家' || u === '项') {
      if (Math.abs(x) >= 10000) {
        return lang === 'en' ? grouped(x, 0) + ' ' + u : grouped(x / 10000, 2) + ' 万' + u;
      }
      return grouped(x, Number.isInteger(x) ? 0 : 2) + ' ' + u;
    }
    if (u === '%') {
      return grouped(x, 2) + '%';
    }
    return grouped(x, Number.isInteger(x) ? 0 : 2) + (u ? ' ' + u : '');
  }

  /** Builds an element: attributes (class, href, title, data-*, on*) and children (nodes or text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) {
        continue;
      }
      if (k.startsWith('on') && typeof v === 'function') {
        e.addEventListener(k.substring(2), v);
      } else if (k === 'class') {
        e.className = v;
      } else {
        e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined && c !== false) {
        e.append(c instanceof Node ? c : document.createTextNode(String(c)));
      }
    }
    return e;
  }

  /** Appends children to a node, leaving out null and undefined (DOM's append would write them as text). */
  function append(node, ...children) {
    node.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  /** The error a request gave, shown as the API says it: message, then each problem with where and fix. */
  class ApiError extends Error {
    constructor(body, status) {
      super(body && body.message ? body.message : 'HTTP ' + status);
      this.body = body;
      this.status = status;
    }
  }

  async function api(path) {
    const response = await fetch(path, {headers: {Accept: 'application/json'}});
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = {message: text};
    }
    if (!response.ok) {
      throw new ApiError(body, response.status);
    }
    return body;
  }

  function showError(container, error) {
    const box = el('div', {class: 'error', role: 'alert'}, el('strong', {}, t('error') + ': '), error.message);
    if (error.body && Array.isArray(error.body.problems)) {
      box.append(el('ul', {}, error.body.problems.map(p => el('li', {}, (p.where ? p.where + ': ' : '') + p.what
          + (p.fix ? ' — ' + p.fix : '')))));
    }
    clear(container).append(box);
  }

  /** Runs a page's render function now and whenever the language changes; errors are shown in the page. */
  function page(render) {
    const run = async () => {
      const main = document.getElementById('main');
      try {
        await render(main);
      } catch (e) {
        showError(main, e);
      }
    };
    renderers.push(run);
    document.addEventListener('DOMContentLoaded', () => {
      chrome();
      run();
    });
  }

  const PAGES = [['overview', '/'], ['provinces', '/provinces.html'], ['map', '/map.html'], ['profile', '/province.html'],
    ['indicators', '/indicators.html'], ['targets', '/targets.html'], ['methodology', '/methodology.html']];

  function chrome() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    const current = document.body.dataset.page;
    document.title = t(current) + ' · ' + t('site');
    const header = clear(document.getElementById('top'));
    header.append(
        el('div', {class: 'brand'}, el('a', {href: '/'}, t('site')), el('span', {class: 'sub'}, t('siteSub'))),
        el('nav', {}, PAGES.map(([key, href]) => el('a', {href, class: key === current ? 'current' : null,
          'aria-current': key === current ? 'page' : null}, t(key)))),
        el('button', {id: 'lang-toggle', type: 'button', title: lang === 'en' ? '切换到中文' : 'Switch to English',
          onclick: () => setLanguage(lang === 'en' ? 'zh' : 'en')}, t('toggle')));
    const foot = document.getElementById('foot');
    if (foot) {
      clear(foot).append(el('span', {}, 'ipindex · '), el('a', {href: '/api/openapi.json'}, 'API'), ' · ',
          el('a', {href: '/methodology.html'}, t('methodology')), ' · ',
          el('a', {href: '/vendor/echarts/README.md'}, 'Apache ECharts'), ' · ',
          el('a', {href: '/geo/LICENSE.txt'}, 'map © Apache ECharts (Apache-2.0)'));
    }
  }

  function setLanguage(next) {
    lang = next;
    localStorage.setItem('ipindex.lang', lang);
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', lang);
      history.replaceState(null, '', url);
    }
    chrome();
    renderers.forEach(r => r());
  }

  /** A note on how much of the evaluation rests on data; always shown next to results. */
  function coverage(c) {
    if (!c) {
      return el('p', {class: 'coverage'}, t('nothing'));
    }
    const lines = [t('coverageLine', {y: c.year, n: c.indicators, d: c.with_data, w: percent(c.weight_with_data)})];
    if (c.carried_forward > 0) {
      lines.push(t('coverageCarried', {c: c.carried_forward}));
    }
    if (c.imputed > 0) {
      lines.push(t('coverageImputed', {c: c.imputed}));
    }
    const box = el('div', {class: 'coverage', role: 'note'}, el('strong', {}, t('coverageTitle') + ' '), lines.join(' '));
    if (c.weight_with_data < 0.999) {
      box.append(el('div', {class: 'warn'}, t('notOfficial')));
    }
    return box;
  }

  /** Draws an ECharts chart; marks the page's first drawn chart ("ipindex:first-chart") for timings. */
  function chart(container, option, onReady) {
    let c = echarts.getInstanceByDom(container);
    if (!c) {
      c = echarts.init(container, null, {renderer: 'canvas'});
      charts.push(c);
      c.on('finished', () => {
        if (!firstChartMarked) {
          firstChartMarked = true;
          performance.mark('ipindex:first-chart');
          document.body.dataset.firstChart = 'drawn';
        }
        container.dataset.drawn = 'yes';
      });
    }
    const base = {
      animation: !TEST,
      animationDuration: 500,
      textStyle: {fontFamily: '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif'},
    };
    c.setOption(Object.assign(base, option), true);
    if (onReady) {
      onReady(c);
    }
    return c;
  }

  window.addEventListener('resize', () => charts.forEach(c => c.resize()));

  /** A select element with options [value, label]. */
  function select(id, options, selected, onchange) {
    return el('select', {id, onchange: e => onchange(e.target.value)},
        options.map(([v, label]) => el('option', {value: v, selected: String(v) === String(selected)}, label)));
  }

  /** Sets the page's query parameters (without reloading), so a view can be linked. */
  function setParams(values) {
    const url = new URL(location.href);
    for (const [k, v] of Object.entries(values)) {
      if (v === null || v === undefined || v === '') {
        url.searchParams.delete(k);
      } else {
        url.searchParams.set(k, v);
      }
    }
    history.replaceState(null, '', url);
  }

  function param(name) {
    return new URL(location.href).searchParams.get(name);
  }

  /** The flag of a value in words: observed, carried forward from Y, imputed, no data. */
  function flag(kind, year) {
    return kind ? t(kind, {y: year}) : '';
  }

  /** Returns a table's rows (arrays in the order of its columns) as objects keyed by column. */
  function records(table) {
    return table.rows.map(row => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
  }

  /** Escapes text for the few places that take HTML (ECharts tooltips). */
  function esc(text) {
    return String(text).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }

  /** Renders the page again (after its parameters changed). */
  function rerender() {
    renderers.forEach(r => r());
  }

  return {
    append, esc, records, rerender, t, name, score, change, changeClass, percent, value, el, clear, api, page, coverage, chart, select, setParams,
    param, flag, isNumber, get lang() {
      return lang;
    }, get test() {
      return TEST;
    },
  };
})();
