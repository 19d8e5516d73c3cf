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

  // Direction and the earlier figures as they come from the mart; the page computes no new figure.
  function changeLine(row) {
    var line = el('p', 'kpi-change');
    var value = row.value;
    var previous = row.previous_value;
    if (typeof value === 'number' && typeof previous === 'number') {
      var dir = value > previous ? 'up' : value < previous ? 'down' : 'same';
      var arrow = el('span', dir === 'same' ? '' : dir, dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '= ');
      arrow.setAttribute('aria-label', dir === 'up' ? ui.increase : dir === 'down' ? ui.decrease : ui.unchanged);
      line.appendChild(arrow);
    }
    var parts = [ui.previousPeriod + ': ' + formatNumber(previous)];
    if (typeof row.year_ago_value === 'number') parts.push(ui.yearAgo + ': ' + formatNumber(row.year_ago_value));
    line.appendChild(document.createTextNode(parts.join(' · ')));
    return line;
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
      card.appendChild(el('p', 'kpi-value', formatNumber(row.value)));
      card.appendChild(changeLine(row));
      list.appendChild(card);
    });
  }

  function withoutTitle(vegaSpec) {
    delete vegaSpec.title;
    return vegaSpec;
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
        figure.appendChild(caption);
        figure.appendChild(target);
        host.appendChild(figure);
        // The figcaption already titles the chart; the spec keeps its title for standalone SVG/PNG export.
        var options = { renderer: 'svg', actions: false, patch: withoutTitle };
        return vegaEmbed(target, chart.spec, options).catch(function (error) {
          console.error('kenes: chart "' + chart.id + '" failed: ' + (error && error.message));
          target.appendChild(el('p', 'chart-error', ui.chartFailed));
        });
      })
    );
  }

  renderHeader();
  renderKpis();
  renderCharts().then(function () {
    // Lets tests and print scripts wait for the charts instead of guessing a delay.
    document.documentElement.setAttribute('data-rendered', 'true');
  });
})();
