// Draws one SVG chart per series from the data block, then wires hover, keyboard and the filters.
// Values arrive already rounded in display units; the script prints them with toFixed(d) + u.
(function () {
  'use strict';
  var started = (window.performance && performance.now) ? performance.now() : 0;
  var SVG = 'http://www.w3.org/2000/svg';
  var W = 640, H = 200, LEFT = 70, RIGHT = 10, TOP = 10, BOTTOM = 26;
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  var runs = data.runs;
  var tooltip = document.getElementById('tooltip');

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function text(parent, x, y, anchor, content) {
    var t = el('text', { x: x, y: y, 'text-anchor': anchor, 'class': 'axis' }, parent);
    t.textContent = content;
    return t;
  }

  function fmt(s, v) { return v.toFixed(s.d) + s.u; }

  function draw(s) {
    var figure = document.getElementById(s.id);
    var svg = figure.querySelector('svg');
    var n = s.v.length, i, v;
    var idx = new Array(n), acc = 0;
    for (i = 0; i < n; i++) { acc += s.r[i]; idx[i] = acc; }
    var lo = Infinity, hi = -Infinity;
    for (i = 0; i < n; i++) { v = s.v[i]; if (v < lo) { lo = v; } if (v > hi) { hi = v; } }
    var pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 1;
    lo -= pad; hi += pad;
    var plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
    function x(k) { return n === 1 ? LEFT + plotW / 2 : LEFT + k * plotW / (n - 1); }
    function y(val) { return TOP + (hi - val) * plotH / (hi - lo); }
    function below(k) { return s.e ? s.e[k] : (s.lo ? s.lo[k] : null); }
    function above(k) { return s.e ? s.e[k] : (s.hi ? s.hi[k] : null); }

    for (i = 0; i <= 2; i++) {
      var gv = lo + pad + (hi - lo - 2 * pad) * i / 2;
      el('line', { x1: LEFT, x2: W - RIGHT, y1: y(gv), y2: y(gv), 'class': 'gridline' }, svg);
      text(svg, LEFT - 6, y(gv) + 4, 'end', fmt(s, gv));
    }
    text(svg, LEFT, H - 6, 'start', runs[idx[0]][1]);
    if (n > 1) { text(svg, W - RIGHT, H - 6, 'end', runs[idx[n - 1]][1]); }

    if (s.e || s.lo || s.hi) {
      var bars = [];
      for (i = 0; i < n; i++) {
        var b = below(i), a = above(i);
        if (b !== null || a !== null) {
          bars.push('M' + x(i).toFixed(1) + ' ' + y(s.v[i] - (b || 0)).toFixed(1) + 'V' + y(s.v[i] + (a || 0)).toFixed(1));
        }
      }
      el('path', { d: bars.join(''), 'class': 'band' }, svg);
    }
    var d = [];
    for (i = 0; i < n; i++) { d.push((i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(s.v[i]).toFixed(1)); }
    el('path', { d: d.join(''), 'class': 'series' }, svg);

    s.cp.forEach(function (c) {
      var cx = x(c[0] - 0.5 < 0 ? 0 : c[0] - 0.5);
      var g = el('g', { 'class': 'cp ' + c[1] }, svg);
      el('line', { x1: cx, x2: cx, y1: TOP, y2: H - BOTTOM }, g);
      var tip = c[1] === 'regression'
        ? 'M' + (cx - 5) + ' ' + TOP + 'h10l-5 8z'
        : 'M' + (cx - 5) + ' ' + (TOP + 8) + 'h10l-5 -8z';
      el('path', { d: tip }, g);
      var t = el('title', {}, g);
      t.textContent = c[1] + ' from run ' + runs[idx[c[0]]][0];
    });
    el('circle', { cx: x(n - 1), cy: y(s.v[n - 1]), r: 3, 'class': 'newest-dot' }, svg);

    var cursor = el('line', { y1: TOP, y2: H - BOTTOM, 'class': 'cursor', visibility: 'hidden' }, svg);
    var dot = el('circle', { r: 3.5, 'class': 'cursor-dot', visibility: 'hidden' }, svg);
    var current = n - 1;

    function describe(k) {
      var run = runs[idx[k]];
      var lines = [fmt(s, s.v[k])];
      var b = below(k), a = above(k);
      if (s.e) { lines[0] += ' ± ' + fmt(s, s.e[k]); }
      else if (b !== null || a !== null) {
        lines.push('CI ' + (b === null ? '?' : fmt(s, s.v[k] - b)) + ' – ' + (a === null ? '?' : fmt(s, s.v[k] + a)));
      }
      lines.push('run ' + run[0]);
      if (run[2]) { lines.push('commit ' + run[2].slice(0, 12)); }
      lines.push(run[1] + ' · ' + s.branch);
      return lines.join('\n');
    }

    function show(k, clientX, clientY) {
      current = k;
      var px = x(k), py = y(s.v[k]);
      cursor.setAttribute('x1', px); cursor.setAttribute('x2', px); cursor.setAttribute('visibility', 'visible');
      dot.setAttribute('cx', px); dot.setAttribute('cy', py); dot.setAttribute('visibility', 'visible');
      tooltip.textContent = describe(k);
      tooltip.hidden = false;
      if (clientX === undefined) {
        var box = svg.getBoundingClientRect();
        clientX = box.left + px * box.width / W; clientY = box.top + py * box.height / H;
      }
      var left = Math.min(clientX + 12, window.innerWidth - tooltip.offsetWidth - 4);
      tooltip.style.left = Math.max(4, left) + 'px';
      tooltip.style.top = (clientY + 12) + 'px';
      svg.setAttribute('aria-description', describe(k).replace(/\n/g, ', '));
    }

    function hide() {
      cursor.setAttribute('visibility', 'hidden'); dot.setAttribute('visibility', 'hidden'); tooltip.hidden = true;
    }

    svg.addEventListener('mousemove', function (e) {
      var box = svg.getBoundingClientRect();
      var sx = (e.clientX - box.left) * W / box.width;
      var k = n === 1 ? 0 : Math.round((sx - LEFT) * (n - 1) / plotW);
      show(Math.max(0, Math.min(n - 1, k)), e.clientX, e.clientY);
    });
    svg.addEventListener('mouseleave', hide);
    svg.addEventListener('blur', hide);
    svg.addEventListener('focus', function () { show(current); });
    svg.addEventListener('keydown', function (e) {
      var k = current;
      if (e.key === 'ArrowLeft') { k--; } else if (e.key === 'ArrowRight') { k++; }
      else if (e.key === 'Home') { k = 0; } else if (e.key === 'End') { k = n - 1; } else { return; }
      e.preventDefault();
      show(Math.max(0, Math.min(n - 1, k)));
    });

    var newest = fmt(s, s.v[n - 1]);
    svg.setAttribute('aria-label', s.name + ' on ' + s.branch + ': ' + n + ' runs, newest ' + newest + ', '
      + s.cp.length + ' change points. Use the arrow keys to read each run.');
    figure.setAttribute('data-points', String(n));
    figure.setAttribute('data-newest', newest);
    figure.setAttribute('data-change-points', s.cp.map(function (c) { return c[0] + ':' + c[1]; }).join(' '));
  }

  data.series.forEach(draw);

  var suite = document.getElementById('filter-suite');
  var branch = document.getElementById('filter-branch');
  var shown = document.getElementById('shown');
  function filter() {
    var count = 0;
    document.querySelectorAll('[data-suite]').forEach(function (e) {
      var hidden = (suite.value !== '' && e.getAttribute('data-suite') !== suite.value)
        || (branch.value !== '' && e.getAttribute('data-branch') !== branch.value);
      e.hidden = hidden;
      if (!hidden && e.tagName.toLowerCase() === 'figure') { count++; }
    });
    shown.textContent = count + ' of ' + data.series.length + ' series shown';
  }
  // The address may preselect the filters: dashboard.html#suite=agent&branch=main
  (location.hash || '').replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    var select = kv[0] === 'suite' ? suite : (kv[0] === 'branch' ? branch : null);
    if (!select || kv.length !== 2) { return; }
    var value;
    try { value = decodeURIComponent(kv[1]); } catch (e) { return; } // a malformed address selects nothing
    if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) { select.value = value; }
  });
  function remember() {
    filter();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '#suite=' + encodeURIComponent(suite.value)
        + '&branch=' + encodeURIComponent(branch.value));
    }
  }
  suite.addEventListener('change', remember);
  branch.addEventListener('change', remember);
  filter();

  document.body.setAttribute('data-render-ms', String(Math.round(
    ((window.performance && performance.now) ? performance.now() : 0) - started)));
  document.body.setAttribute('data-status', 'ready');
})();
