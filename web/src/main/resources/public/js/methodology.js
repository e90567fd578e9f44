/* Methodology: the framework tree with its weights and the recipe as sentences a reader understands, with the
 * recipe file itself. Everything is read from the API: the names from the framework, the steps from the recipe. */
'use strict';

(() => {
  const {t, name, el, clear, api, select, setParams, param} = IP;
  const trees = {};

  /** Plain-language descriptions of the recipe's methods; {name} is a parameter of the step. */
  const STEPS = {
    zh: {
      'impute/carry_forward': '补齐缺失值：某年缺失的数据沿用此前最近一年的数据（最多{max_years}年），并在结果中标注“沿用”。',
      'impute/linear': '补齐缺失值：按前后年份线性插值。', 'impute/mean': '补齐缺失值：取当年各地区平均值。',
      'impute/median': '补齐缺失值：取当年各地区中位数。', 'impute/group_mean': '补齐缺失值：取同组（{grouping}）地区平均值。',
      'impute/group_median': '补齐缺失值：取同组（{grouping}）地区中位数。', 'impute/none': '不补齐缺失值。',
      'normalise/efficacy': '标准化（功效系数法）：得分 = 60 + 40 ×（指标值 − 最小值）/（最大值 − 最小值），逆向指标反向计算，得分在60—100之间；最小值和最大值{bounds}。',
      'normalise/base_year_index': '标准化（基期指数）：以{base_year}年数据为基期（= 100），各指标值换算为相对基期的增长指数；逆向指标（越小越好，如审查周期）取其倒数关系。',
      'normalise/minmax': '标准化（极差法）：把指标值线性换算到{lower}—{upper}；最小值和最大值{bounds}。',
      'normalise/zscore': '标准化（Z分数）：（指标值 − 平均值）/ 标准差。',
      'weight/equal': '权重：同一上级下的各项等权{groups}。',
      'weight/leaf_count': '权重：每个指标权重相同，上级指标的权重等于其所含指标个数的占比（如一级指标7、18、25、8、6、16个指标）。',
      'weight/framework': '权重：采用指标体系文件给定的权重。',
      'aggregate/arithmetic': '汇总：逐级加权算术平均，得到二级、一级指标和总指数；某项无数据时，其权重在同级有数据的项之间重新分配，覆盖率随之标明。',
      'aggregate/geometric': '汇总：逐级加权几何平均。',
      pooled: '取面板所有年份的值（各年得分可比，变化可以比较）', per_year: '逐年分别取值', fixed: '取固定值',
      groups: '；{code}之下的各项按指标体系文件给定的权重（{weights}）', generic: '{verb}：方法 {method}，参数 {params}。',
      offset: '评价年度 = 数据年度 + {offset}（如2024年评价主要使用2023年数据）。',
    },
    en: {
      'impute/carry_forward': 'Missing values: a value missing in a year is carried forward from the latest earlier year (at most {max_years} year(s)) and flagged as carried forward.',
      'impute/linear': 'Missing values: interpolated linearly between years.', 'impute/mean': 'Missing values: the year\'s mean over the regions.',
      'impute/median': 'Missing values: the year\'s median over the regions.', 'impute/group_mean': 'Missing values: the mean of the region\'s group ({grouping}).',
      'impute/group_median': 'Missing values: the median of the region\'s group ({grouping}).', 'impute/none': 'Missing values are left missing.',
      'normalise/efficacy': 'Scores (efficacy coefficient): 60 + 40 × (value − min) / (max − min), reversed for indicators where less is better, so scores lie between 60 and 100; min and max are {bounds}.',
      'normalise/base_year_index': 'Scores (base-period index): each indicator as a growth index against its {base_year} value (= 100); for indicators where less is better (e.g. examination periods) the ratio is inverted.',
      'normalise/minmax': 'Scores (min-max): values rescaled linearly onto {lower}–{upper}; min and max are {bounds}.',
      'normalise/zscore': 'Scores (z-scores): (value − mean) / standard deviation.',
      'weight/equal': 'Weights: equal among the items under one parent{groups}.',
      'weight/leaf_count': 'Weights: every indicator weighs the same, so a group weighs its share of the indicators (e.g. dimensions of 7, 18, 25, 8, 6, 16 indicators).',
      'weight/framework': 'Weights: as given in the framework file.',
      'aggregate/arithmetic': 'Aggregation: weighted arithmetic means level by level up to the index; where an item has no data its weight is shared among its siblings with data, and the coverage says so.',
      'aggregate/geometric': 'Aggregation: weighted geometric means level by level.',
      pooled: 'taken over all years of the panel (so that scores and changes are comparable across years)', per_year: 'taken year by year',
      fixed: 'fixed', groups: '; under {code} the weights of the framework file ({weights})', generic: '{verb}: method {method}, parameters {params}.',
      offset: 'Evaluation year = data year + {offset} (the 2024 evaluation uses mainly 2023 data).',
    },
  };

  function words(key, values) {
    let s = STEPS[IP.lang][key] || STEPS.zh[key];
    if (!s) {
      return null;
    }
    for (const [k, v] of Object.entries(values || {})) {
      s = s.split('{' + k + '}').join(String(v));
    }
    return s;
  }

  function describe(step, tree) {
    const p = step.params || {};
    const method = p.method || '';
    const values = Object.assign({}, p);
    if (p.bounds !== undefined) {
      const b = String(p.bounds);
      values.bounds = b.startsWith('reference_year:') ? (IP.lang === 'en' ? `those of ${b.substring(15)}` : `取${b.substring(15)}年的值`)
        : words(b) || b;
    } else {
      values.bounds = words('per_year');
    }
    values.groups = '';
    if (p.groups && typeof p.groups === 'object') {
      values.groups = Object.entries(p.groups).map(([code]) => words('groups', {code: label(tree, code),
        weights: tree.nodes.filter(n => n.parent === code).map(n => `${name(n)} ${n.weight_among_siblings.toFixed(2)}`).join('、')})).join('');
    }
    return words(`${step.verb}/${method}`, values) || words('generic', {verb: step.verb, method, params: JSON.stringify(p)});
  }

  function label(tree, code) {
    const n = tree.nodes.find(x => x.code === code);
    return n ? name(n) : code;
  }

  IP.page(async main => {
    const fw = param('framework') === 'national' ? 'national' : 'regional';
    if (!trees[fw]) {
      trees[fw] = await api(`/api/frameworks/${fw}`);
    }
    const tree = trees[fw];
    const root = tree.nodes[0];
    clear(main);
    IP.append(main, el('h1', {}, t('methodology') + ' · ' + name(root)),
        el('div', {class: 'controls'}, el('label', {}, t('framework'), select('framework', [['regional', t('regional')],
          ['national', t('national')]], fw, v => {
          setParams({framework: v});
          IP.rerender();
        }))),
        el('h2', {}, t('recipe')),
        el('ol', {id: 'steps'}, tree.recipe.steps.map(s => el('li', {}, describe(s, tree))),
            el('li', {}, words('offset', {offset: tree.recipe.evaluation_year_offset}))),
        el('h2', {}, t('frameworkTree') + ' · ' + t('indicatorsN', {n: tree.nodes.filter(n => n.level === 1).length})),
        el('p', {class: 'muted small'}, `${t('weightSiblings')} · ${t('weightIndex')}`),
        el('div', {class: 'tree card', id: 'tree'}, branch(tree, root)),
        el('h2', {}, t('recipeText')),
        el('pre', {class: 'recipe'}, tree.recipe.text));
  });

  function branch(tree, node) {
    const kids = tree.nodes.filter(n => n.parent === node.code);
    const leaf = node.level === 1;
    const line = el('span', {}, el('strong', {}, node.code), ' ', name(node),
        el('span', {class: 'w'}, `${(100 * node.weight_among_siblings).toFixed(1)}% · ${(100 * node.weight_in_index).toFixed(2)}%`
            + (leaf ? ` · ${node.unit || '—'} · ${t(node.direction > 0 ? 'positive' : 'negative')}` : ` · ${t('indicatorsN', {n: node.indicators})}`)));
    const item = el('li', {'data-code': node.code}, line);
    if (kids.length) {
      item.append(el('ul', {}, kids.map(k => branch(tree, k))));
    }
    return node.parent ? item : el('ul', {}, item);
  }
})();
