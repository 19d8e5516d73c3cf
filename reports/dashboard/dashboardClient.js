// kenes dashboard, browser side: reads the page's JSON data and builds the
// page with DOM nodes. Data text is only ever set with textContent (never
// innerHTML), so a member name or a title can never become markup.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('kenes-data').textContent);
  var ui = data.labels.ui;
  var numberFormat = new Intl.NumberFormat(data.labels.locale, { maximumFractionDigits: 2 });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function formatNumber(value) {
    return typeof value === 'number' && isFinite(value) ? numberFormat.format(value) : '—';
  }

  function renderHeader() {
    document.getElementById('title').textContent = data.title;
    document.getElementById('subtitle').textContent = data.councilName + ' · ' + ui.period + ': ' + data.period;
  }

  var percentFormat = new Intl.NumberFormat(data.labels.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  var signedFormat = new Intl.NumberFormat(data.labels.locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });

  // The change and the earlier figures as they come from the mart (mart_metric_change); the page computes no figure.
  function changeLine(row) {
    var line = el('p', 'kpi-change');
    var change = row.change;
    if (typeof change === 'number') {
      var dir = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
      var arrow = el('span', dir === 'same' ? '' : dir, (dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '= ') + signedFormat.format(change) +
        (typeof row.change_share === 'number' ? ' (' + percentFormat.format(row.change_share) + ')' : '') + ' ');
      arrow.setAttribute('aria-label', (dir === 'up' ? ui.increase : dir === 'down' ? ui.decrease : ui.unchanged) + ' ' + signedFormat.format(change));
      line.appendChild(arrow);
    }
    // A period without records has a null value: no data, not 0, so no arrow (the change is null too)
    // and the line names the period ("нет данных за 2022") instead of a figure.
    // Rows without earlier periods at all (the national totals) compare with nothing.
    if (row.previous_value === undefined && row.previous_period === undefined) return line;
    var parts = [earlier(ui.previousPeriod, row.previous_value, row.previous_period)];
    if (row.year_ago_period !== row.previous_period || typeof row.year_ago_value === 'number') {
      parts.push(earlier(ui.yearAgo, row.year_ago_value, row.year_ago_period));
    }
    line.appendChild(document.createTextNode(parts.join(' · ')));
    return line;
  }

  function earlier(label, value, period) {
    if (typeof value === 'number') return label + ': ' + formatNumber(value);
    return ui.noDataFor.replace('{period}', period === null || period === undefined ? label : String(period));
  }

  function renderKpis() {
    var list = document.getElementById('kpis');
    if (data.metrics.length === 0) {
      list.appendChild(el('li', 'empty', ui.noData));
      return;
    }
    data.metrics.forEach(function (row) {
      var metric = String(row.metric);
      var label = Object.prototype.hasOwnProperty.call(data.labels.metrics, metric) ? data.labels.metrics[metric] : metric;
      var card = el('li', 'kpi');
      card.appendChild(el('p', 'kpi-label', label));
      card.appendChild(el('p', 'kpi-value', typeof row.value === 'number' ? formatNumber(row.value) : ui.noData));
      card.appendChild(changeLine(row));
      list.appendChild(card);
    });
  }

  function withoutTitle(vegaSpec) {
    delete vegaSpec.title;
    return vegaSpec;
  }

  // Filters pick rows of a chart's data by its commission or month field; nothing is recounted.
  var filter = { commission: '', part: '' };
  var views = [];

  function monthPart(month) {
    var m = /^(\d{4})-(\d{2})$/.exec(String(month));
    return m ? m[1] + '-Q' + Math.ceil(Number(m[2]) / 3) : '';
  }

  function keep(f, row) {
    if (filter.commission && f.commission && Object.prototype.hasOwnProperty.call(row, f.commission) && String(row[f.commission]) !== filter.commission) return false;
    if (filter.part && f.month && Object.prototype.hasOwnProperty.call(row, f.month) && monthPart(row[f.month]) !== filter.part) return false;
    return true;
  }

  // The spec's inline data and each layer's, filtered alike.
  function filteredSpec(chart) {
    var spec = JSON.parse(JSON.stringify(chart.spec));
    var f = chart.filters;
    if (!f) return spec;
    [spec].concat(spec.layer || []).forEach(function (part) {
      if (part.data && Array.isArray(part.data.values)) {
        part.data.values = part.data.values.filter(function (row) { return keep(f, row); });
      }
    });
    return spec;
  }

  function embed(chart, i) {
    var target = document.getElementById('chart-' + i + '-target');
    if (views[i]) views[i].finalize();
    views[i] = null;
    target.textContent = '';
    // The figcaption already titles the chart; the spec keeps its title for standalone SVG/PNG export.
    var options = { renderer: 'svg', actions: false, patch: withoutTitle, formatLocale: data.formatLocale.number, timeFormatLocale: data.formatLocale.time };
    return vegaEmbed(target, filteredSpec(chart), options).then(function (result) {
      views[i] = result.view;
    }).catch(function (error) {
      console.error('kenes: chart "' + chart.id + '" failed: ' + (error && error.message));
      target.appendChild(el('p', 'chart-error', ui.chartFailed));
    });
  }

  function option(select, value, text) {
    var node = el('option', null, text);
    node.value = value;
    select.appendChild(node);
  }

  function renderFilters() {
    var commission = document.getElementById('filter-commission');
    var part = document.getElementById('filter-part');
    option(commission, '', ui.allCommissions);
    data.commissions.forEach(function (c) {
      option(commission, String(c.id), data.labels.commissionNumbered.replace('{n}', c.id) + ' — ' + c.name);
    });
    option(part, '', ui.wholePeriod);
    var parts = {};
    data.charts.forEach(function (chart) {
      var f = chart.filters;
      if (!f || !f.month || !chart.spec.data || !Array.isArray(chart.spec.data.values)) return;
      chart.spec.data.values.forEach(function (row) { var p = monthPart(row[f.month]); if (p) parts[p] = true; });
    });
    Object.keys(parts).sort().forEach(function (p) {
      option(part, p, p.slice(0, 4) + ', ' + ui.quarter.replace('{n}', p.slice(6)));
    });
    function changed() {
      filter.commission = commission.value;
      filter.part = part.value;
      var state = [commission.options[commission.selectedIndex].text, part.options[part.selectedIndex].text].join(' · ');
      document.getElementById('filter-state').textContent = ui.filters + ': ' + state;
      document.documentElement.setAttribute('data-rendered', 'false');
      Promise.all(data.charts.map(function (chart, i) {
        return chart.filters ? embed(chart, i) : null;
      })).then(function () {
        document.documentElement.setAttribute('data-rendered', 'true');
      });
    }
    commission.addEventListener('change', changed);
    part.addEventListener('change', changed);
    document.getElementById('filter-state').textContent = ui.filters + ': ' + ui.allCommissions + ' · ' + ui.wholePeriod;
  }

  function renderCharts() {
    var host = document.getElementById('charts');
    if (data.charts.length === 0) host.appendChild(el('p', 'empty', ui.noData));
    return Promise.all(
      data.charts.map(function (chart, i) {
        var figure = el('figure');
        figure.id = 'chart-' + i;
        figure.setAttribute('data-chart', chart.id);
        var caption = el('figcaption');
        var title = el('h3', null, chart.title);
        title.id = 'chart-' + i + '-title';
        var description = el('p', 'chart-description', chart.description);
        description.id = 'chart-' + i + '-description';
        caption.appendChild(title);
        caption.appendChild(description);
        figure.setAttribute('aria-labelledby', title.id);
        figure.setAttribute('aria-describedby', description.id);
        var target = el('div', 'chart');
        target.id = 'chart-' + i + '-target';
        figure.appendChild(caption);
        figure.appendChild(target);
        host.appendChild(figure);
        return embed(chart, i);
      })
    );
  }

  renderHeader();
  renderKpis();
  renderFilters();
  renderCharts().then(function () {
    // Lets tests and print scripts wait for the charts instead of guessing a delay.
    document.documentElement.setAttribute('data-rendered', 'true');
  });
})();
