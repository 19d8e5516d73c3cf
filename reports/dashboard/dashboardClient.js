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

  function metricCard(row) {
    var metric = String(row.metric);
    var label = Object.prototype.hasOwnProperty.call(data.labels.metrics, metric) ? data.labels.metrics[metric] : metric;
    var card = el('li', 'kpi');
    card.setAttribute('data-metric', metric);
    card.appendChild(el('p', 'kpi-label', label));
    card.appendChild(el('p', 'kpi-value', typeof row.value === 'number' ? formatNumber(row.value) : ui.noData));
    card.appendChild(changeLine(row));
    return card;
  }

  // The summary on top: each figure as mart_dashboard_summary (and the lists as their marts) give it.
  var board = data.labels.dashboard;
  var shareFormat = new Intl.NumberFormat(data.labels.locale, { style: 'percent', maximumFractionDigits: 1 });

  function figure(value) {
    return typeof value === 'number' && isFinite(value) ? numberFormat.format(value) : ui.noData;
  }

  function share(value) {
    return typeof value === 'number' && isFinite(value) ? shareFormat.format(value) : ui.noData;
  }

  // A sentence of figures, or none where one of them is missing: the tile's main figure already says "no data".
  function sentence(template, values) {
    var keys = Object.keys(values);
    for (var i = 0; i < keys.length; i++) {
      if (typeof values[keys[i]] !== 'number' || !isFinite(values[keys[i]])) return null;
    }
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? numberFormat.format(values[key]) : whole;
    });
  }

  // A tile: its title, a main figure, small figures with their labels, then lines of text.
  function headline(id, title, main, stats, lines) {
    var tile = el('article', 'headline');
    tile.setAttribute('data-headline', id);
    tile.appendChild(el('h3', 'headline-title', title));
    if (main !== null) tile.appendChild(el('p', 'headline-value', main));
    if (stats.length) {
      var row = el('ul', 'headline-stats');
      stats.forEach(function (stat) {
        var item = el('li');
        item.appendChild(el('span', 'stat-value', stat[0]));
        item.appendChild(el('span', 'stat-label', ' ' + stat[1]));
        row.appendChild(item);
      });
      tile.appendChild(row);
    }
    lines.forEach(function (line) { if (line !== null) tile.appendChild(el('p', 'headline-line', line)); });
    return tile;
  }

  function renderSummary() {
    var host = document.getElementById('headlines');
    if (!host || !data.summary) return;
    var f = data.summary.figures || {};
    host.appendChild(headline('meetings', board.meetings, null,
      [[figure(f.general_meetings), board.council], [figure(f.presidium_meetings), board.presidium], [figure(f.commission_meetings), board.commissions]],
      [board.councilAttendance + ': ' + share(f.council_attendance_rate), board.commissionAttendance + ': ' + share(f.commission_attendance_rate),
        board.quorumMissed + ': ' + figure(f.quorum_missed)]));
    host.appendChild(headline('monitorings', board.monitorings, null,
      [[figure(f.monitorings), board.monitoringsUnit], [figure(f.public_hearings), board.publicHearings], [figure(f.report_hearings), board.reportHearings]], []));
    host.appendChild(headline('npa', board.npa, null,
      [[figure(f.npa_reviewed), board.npaReviewed], [figure(f.npa_with_remarks), board.npaWithRemarks]], []));
    host.appendChild(headline('appeals', board.appeals, share(f.appeals_on_time_rate), [],
      [sentence(board.appealsOnTime, { onTime: f.appeals_answered_on_time, answered: f.appeals_answered }),
        board.appealsReceived + ': ' + figure(f.appeals_received)]));
    var letters = headline('letters', board.letters, figure(f.letters_answered), [],
      [sentence(board.lettersAnswered, { sent: f.letters_sent }),
        sentence(board.lettersOverdue, { overdue: f.letters_overdue, bodies: f.letters_overdue_bodies })]);
    if (data.summary.overdueBodies.length) {
      letters.appendChild(el('p', 'headline-list-title', board.mostOverdue));
      var bodies = el('ol', 'headline-list');
      data.summary.overdueBodies.forEach(function (row) {
        var item = el('li');
        item.appendChild(el('span', 'list-name', row.addressee_name || row.addressee));
        item.appendChild(el('span', 'list-figure', ' — ' + (sentence(board.overdueItem, { overdue: row.overdue, days: row.oldest_overdue_working_days }) || ui.noData)));
        bodies.appendChild(item);
      });
      letters.appendChild(bodies);
    }
    host.appendChild(letters);
    host.appendChild(headline('coverage', board.coverage, share(f.mandatory_coverage_rate), [],
      [sentence(board.coverageLine, { heard: f.mandatory_heard, total: f.mandatory_bodies })]));
    var leaders = headline('kpiLeaders', board.kpiLeaders, null, [], []);
    var list = el('ol', 'headline-list');
    data.summary.kpiLeaders.forEach(function (row) {
      var item = el('li');
      item.appendChild(el('span', 'list-name', row.full_name || row.member_id));
      var commission = row.commission === null || row.commission === undefined ? '' : ' · ' + data.labels.commissionNumbered.replace('{n}', row.commission);
      item.appendChild(el('span', 'list-figure', ' — ' + (sentence(board.kpiScore, { score: row.score }) || ui.noData) + commission));
      list.appendChild(item);
    });
    if (!data.summary.kpiLeaders.length) list.appendChild(el('li', 'empty', ui.noData));
    leaders.appendChild(list);
    host.appendChild(leaders);
  }

  // The report's sections in order, each with its cards and its charts; a contents list links them.
  var chartIndex = {};
  data.charts.forEach(function (chart, i) { chartIndex[chart.id] = i; });
  var metricRows = {};
  data.metrics.forEach(function (row) { metricRows[String(row.metric)] = row; });

  function renderSections() {
    var host = document.getElementById('sections');
    var contents = document.getElementById('contents');
    if (data.sections.length === 0) host.appendChild(el('p', 'empty', ui.noData));
    data.sections.forEach(function (section) {
      var block = el('section', 'report-section');
      block.id = 'section-' + section.id;
      block.setAttribute('data-section', section.id);
      var heading = el('h2', null, section.title);
      heading.id = block.id + '-heading';
      block.setAttribute('aria-labelledby', heading.id);
      block.appendChild(heading);
      var link = el('a', null, section.title);
      link.href = '#' + block.id;
      var item = el('li');
      item.appendChild(link);
      contents.appendChild(item);
      if (section.metrics.length) {
        var cards = el('ul', 'kpis');
        section.metrics.forEach(function (metric) {
          if (Object.prototype.hasOwnProperty.call(metricRows, metric)) cards.appendChild(metricCard(metricRows[metric]));
        });
        block.appendChild(cards);
      }
      if (section.charts.length) {
        var charts = el('div', 'charts');
        section.charts.forEach(function (id) {
          if (Object.prototype.hasOwnProperty.call(chartIndex, id)) charts.appendChild(chartFigure(data.charts[chartIndex[id]], chartIndex[id]));
        });
        block.appendChild(charts);
      }
      host.appendChild(block);
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
    if (!target) return Promise.resolve();
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

  function chartFigure(chart, i) {
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
    return figure;
  }

  // Every chart placed by renderSections is drawn; one no section holds would have no target.
  function renderCharts() {
    return Promise.all(data.charts.map(function (chart, i) {
      return document.getElementById('chart-' + i + '-target') ? embed(chart, i) : null;
    }));
  }

  renderHeader();
  renderSummary();
  renderSections();
  renderFilters();
  renderCharts().then(function () {
    // Lets tests and print scripts wait for the charts instead of guessing a delay.
    document.documentElement.setAttribute('data-rendered', 'true');
  });
})();
