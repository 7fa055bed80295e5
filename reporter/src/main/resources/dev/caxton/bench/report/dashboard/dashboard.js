// Draws one SVG chart per entry of the data block, one line per series, then wires hover, keyboard and the
// filters. The y-range, the ticks and their labels come from the Java view model; values are printed with
// CaxtonUnits.format, the port of the CLI's formatter (human-units.js).
(function () {
  'use strict';
  var started = (window.performance && performance.now) ? performance.now() : 0;
  var SVG = 'http://www.w3.org/2000/svg';
  var W = 640, H = 220, LEFT = 72, RIGHT = 12, TOP = 12, BOTTOM = 26;
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  var runs = data.runs;
  var tooltip = document.getElementById('tooltip');
  var format = CaxtonUnits.format;

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

  function deltas(list) {
    var out = new Array(list.length), acc = 0;
    for (var i = 0; i < list.length; i++) { acc += list[i]; out[i] = acc; }
    return out;
  }

  function draw(c) {
    var figure = document.getElementById(c.id);
    var svg = figure.querySelector('svg.plot');
    var n = c.n, plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
    var scale = c.log ? Math.log10 : function (v) { return v; };
    var bottom = scale(c.y[0]), top = scale(c.y[1]);
    function x(k) { return n === 1 ? LEFT + plotW / 2 : LEFT + k * plotW / (n - 1); }
    function y(v) { return TOP + (top - scale(v)) * plotH / (top - bottom); }

    var clip = el('clipPath', { id: 'clip-' + c.id }, el('defs', {}, svg));
    el('rect', { x: LEFT, y: TOP, width: plotW, height: plotH }, clip);
    el('rect', { x: LEFT, y: TOP, width: plotW, height: plotH, 'class': 'frame' }, svg);
    c.ticks.forEach(function (t) {
      el('line', { x1: LEFT, x2: W - RIGHT, y1: y(t[0]), y2: y(t[0]), 'class': 'gridline' }, svg);
      text(svg, LEFT - 6, y(t[0]) + 4, 'end', t[1]);
    });

    var lines = c.lines.map(function (line) {
      var r = deltas(line.r), xs = line.x ? deltas(line.x) : line.r.map(function (_, i) { return i; });
      var at = {};
      xs.forEach(function (k, i) { at[k] = i; });
      return { line: line, r: r, xs: xs, at: at };
    });
    var slotRun = new Array(n);
    lines.forEach(function (l) { l.xs.forEach(function (k, i) { if (slotRun[k] === undefined) { slotRun[k] = l.r[i]; } }); });
    text(svg, LEFT, H - 6, 'start', runs[slotRun[0]][1]);
    if (n > 1) { text(svg, W - RIGHT, H - 6, 'end', runs[slotRun[n - 1]][1]); }

    var plot = el('g', { 'clip-path': 'url(#clip-' + c.id + ')', 'class': 'plot-area' }, svg);
    function below(line, i) { return line.e ? line.e[i] : (line.lo ? line.lo[i] : null); }
    function above(line, i) { return line.e ? line.e[i] : (line.hi ? line.hi[i] : null); }
    lines.forEach(function (l) {
      var line = l.line, v = line.v, i;
      if (line.e || line.lo || line.hi) {
        var bars = [];
        for (i = 0; i < v.length; i++) {
          var b = below(line, i), a = above(line, i);
          if (b !== null || a !== null) {
            bars.push('M' + x(l.xs[i]).toFixed(1) + ' ' + y(v[i] - (b || 0)).toFixed(1) + 'V' + y(v[i] + (a || 0)).toFixed(1));
          }
        }
        el('path', { d: bars.join(''), 'class': 'band ' + line.style }, plot);
      }
      var d = [];
      for (i = 0; i < v.length; i++) { d.push((i ? 'L' : 'M') + x(l.xs[i]).toFixed(1) + ' ' + y(v[i]).toFixed(1)); }
      var path = el('path', { d: d.join(''), 'class': 'line ' + line.style }, plot);
      path.setAttribute('data-label', line.label);
      path.setAttribute('data-newest', format(v[v.length - 1], c.unit));
      var last = v.length - 1;
      el('circle', { cx: x(l.xs[last]), cy: y(v[last]), r: 3, 'class': 'newest-dot ' + line.style }, plot);
      line.cp.forEach(function (p) {
        var k = l.xs[p[0]];
        var cx = x(k - 0.5 < 0 ? 0 : k - 0.5);
        var g = el('g', { 'class': 'cp ' + p[1] }, svg);
        el('line', { x1: cx, x2: cx, y1: TOP, y2: H - BOTTOM }, g);
        var tip = p[1] === 'regression' ? 'M' + (cx - 5) + ' ' + TOP + 'h10l-5 8z'
          : p[1] === 'improvement' ? 'M' + (cx - 5) + ' ' + (TOP + 8) + 'h10l-5 -8z'
            : 'M' + cx + ' ' + TOP + 'l4 4l-4 4l-4 -4z';
        el('path', { d: tip }, g);
        el('title', {}, g).textContent = line.label + ': ' + (p[1] === 'change' ? 'change' : p[1]) + ' from run '
          + runs[l.r[p[0]]][0];
      });
    });

    var cursor = el('line', { y1: TOP, y2: H - BOTTOM, 'class': 'cursor', visibility: 'hidden' }, svg);
    var dots = lines.map(function (l) {
      return el('circle', { r: 3.5, 'class': 'cursor-dot ' + l.line.style, visibility: 'hidden' }, svg);
    });
    var current = n - 1;

    function describe(k) {
      var run = runs[slotRun[k]];
      var out = [run[1] + (run[2] ? ' · commit ' + run[2].slice(0, 12) : '') + ' · ' + c.branch];
      lines.forEach(function (l) {
        var i = l.at[k];
        if (i === undefined) { return; }
        var line = l.line, v = line.v[i], b = below(line, i), a = above(line, i);
        var s = line.label + ': ' + format(v, c.unit);
        if (b !== null || a !== null) {
          s += ' (CI ' + (b === null ? '?' : format(v - b, c.unit)) + ' … ' + (a === null ? '?' : format(v + a, c.unit)) + ')';
        }
        out.push(s + ' · run ' + runs[l.r[i]][0]);
      });
      return out.join('\n');
    }

    function show(k, clientX, clientY) {
      current = k;
      var px = x(k);
      cursor.setAttribute('x1', px); cursor.setAttribute('x2', px); cursor.setAttribute('visibility', 'visible');
      lines.forEach(function (l, li) {
        var i = l.at[k];
        if (i === undefined) { dots[li].setAttribute('visibility', 'hidden'); return; }
        dots[li].setAttribute('cx', px); dots[li].setAttribute('cy', y(l.line.v[i]));
        dots[li].setAttribute('visibility', 'visible');
      });
      tooltip.textContent = describe(k);
      tooltip.hidden = false;
      if (clientX === undefined) {
        var box = svg.getBoundingClientRect();
        clientX = box.left + px * box.width / W; clientY = box.top + TOP * box.height / H;
      }
      var left = Math.min(clientX + 12, window.innerWidth - tooltip.offsetWidth - 4);
      tooltip.style.left = Math.max(4, left) + 'px';
      tooltip.style.top = (clientY + 12) + 'px';
      svg.setAttribute('aria-description', describe(k).replace(/\n/g, ', '));
    }

    function hide() {
      cursor.setAttribute('visibility', 'hidden');
      dots.forEach(function (d) { d.setAttribute('visibility', 'hidden'); });
      tooltip.hidden = true;
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

    var newest = lines.map(function (l) {
      return l.line.label + ' ' + format(l.line.v[l.line.v.length - 1], c.unit);
    });
    var changes = 0;
    lines.forEach(function (l) { changes += l.line.cp.length; });
    svg.setAttribute('aria-label', c.name + ' on ' + c.branch + ': ' + lines.length + ' series over ' + n + ' runs, newest ' + newest.join(', ') + ', '
      + changes + ' change points. Use the arrow keys to read each run.');
    figure.setAttribute('data-lines', String(lines.length));
    figure.setAttribute('data-points', String(n));
    figure.setAttribute('data-change-points', lines.map(function (l, li) {
      return l.line.cp.map(function (p) { return li + ':' + p[0] + ':' + p[1]; }).join(' ');
    }).filter(function (s) { return s; }).join(' '));
  }

  data.charts.forEach(draw);

  var selects = { suite: document.getElementById('filter-suite'), branch: document.getElementById('filter-branch'),
    profile: document.getElementById('filter-profile') };
  var names = ['suite', 'branch', 'profile'];
  var shown = document.getElementById('shown');
  function filter() {
    var count = 0;
    document.querySelectorAll('[data-suite]').forEach(function (e) {
      var hidden = names.some(function (name) {
        return selects[name].value !== '' && e.getAttribute('data-' + name) !== selects[name].value;
      });
      e.hidden = hidden;
      if (!hidden && e.tagName.toLowerCase() === 'figure') { count++; }
    });
    shown.textContent = count + ' of ' + data.charts.length + ' charts shown';
  }
  // The address may preselect the filters: dashboard.html#suite=agent&branch=main&profile=quick
  (location.hash || '').replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    var select = names.indexOf(kv[0]) >= 0 ? selects[kv[0]] : null;
    if (!select || kv.length !== 2) { return; }
    var value;
    try { value = decodeURIComponent(kv[1]); } catch (e) { return; } // a malformed address selects nothing
    if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) { select.value = value; }
  });
  function remember() {
    filter();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '#' + names.map(function (name) {
        return name + '=' + encodeURIComponent(selects[name].value);
      }).join('&'));
    }
  }
  names.forEach(function (name) { selects[name].addEventListener('change', remember); });
  filter();

  document.body.setAttribute('data-render-ms', String(Math.round(
    ((window.performance && performance.now) ? performance.now() : 0) - started)));
  document.body.setAttribute('data-status', 'ready');
})();
