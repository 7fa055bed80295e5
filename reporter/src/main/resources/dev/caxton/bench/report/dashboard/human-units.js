// The CLI's human units (reporter's report/format/HumanUnits.java), ported step by step so that the page
// prints every number exactly as the CLI does: three significant digits rounded half-even on the exact
// value of the double, trailing zeros dropped, decimal prefixes (1 kB = 1,000 B). HumanUnitsScriptTest
// runs this file in chromium over many values of every unit and compares it with the Java formatter.
var CaxtonUnits = (function () {
  'use strict';
  var SI = ['', 'K', 'M', 'G', 'T', 'P'];
  var BYTES = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  // Unit's name -> [label, kind, nanoseconds in one (time units)]; as core's Unit enum.
  var UNITS = {
    MESSAGES_PER_SECOND: ['msg/s', 'RATE'], OPS_PER_SECOND: ['ops/s', 'RATE'],
    NANOSECONDS: ['ns', 'TIME', 1], MICROSECONDS: ['us', 'TIME', 1e3], MILLISECONDS: ['ms', 'TIME', 1e6],
    SECONDS: ['s', 'TIME', 1e9], BYTES: ['bytes', 'SIZE'], BYTES_PER_SECOND: ['bytes/s', 'RATE'],
    PERCENT: ['percent', 'DIMENSIONLESS'], COUNT: ['count', 'DIMENSIONLESS'], RATIO: ['ratio', 'DIMENSIONLESS']
  };
  var bits = new DataView(new ArrayBuffer(8));

  // The exact value of a finite, positive double: digits * 10^-scale (BigDecimal's new BigDecimal(double)).
  function exact(x) {
    bits.setFloat64(0, x);
    var high = bits.getUint32(0), low = bits.getUint32(4);
    var exponent = (high >>> 20) & 0x7ff;
    var mantissa = (BigInt(high & 0xfffff) << BigInt(32)) | BigInt(low);
    var power;
    if (exponent === 0) { power = -1074; } else { mantissa = mantissa | (BigInt(1) << BigInt(52)); power = exponent - 1075; }
    if (power >= 0) { return { digits: (mantissa << BigInt(power)).toString(), exp: 0 }; }
    return { digits: (mantissa * (BigInt(5) ** BigInt(-power))).toString(), exp: power };
  }

  // x rounded to three significant digits, half-even, trailing zeros dropped: x = sign * digits * 10^exp.
  function round(x) {
    if (x === 0) { return { neg: false, digits: '0', exp: 0 }; }
    var e = exact(Math.abs(x));
    var s = e.digits, exp = e.exp;
    if (s.length > 3) {
      var keep = s.slice(0, 3), rest = s.slice(3);
      exp += rest.length;
      var first = rest.charCodeAt(0) - 48, up;
      if (first !== 5) { up = first > 5; } else if (/[1-9]/.test(rest.slice(1))) { up = true; } else {
        up = (keep.charCodeAt(2) - 48) % 2 === 1;
      }
      if (up) {
        keep = String(Number(keep) + 1);
        if (keep.length > 3) { keep = keep.slice(0, 3); exp += 1; }
      }
      s = keep;
    }
    var end = s.length;
    while (end > 1 && s.charAt(end - 1) === '0') { end--; exp++; }
    return { neg: x < 0, digits: s.slice(0, end), exp: exp };
  }

  function magnitude(r) { return Number(r.digits + 'e' + r.exp); }

  function plain(r) {
    if (r.digits === '0') { return '0'; }
    var s = r.digits, e = r.exp, out;
    if (e >= 0) { out = s + '0'.repeat(e); }
    else if (-e >= s.length) { out = '0.' + '0'.repeat(-e - s.length) + s; }
    else { out = s.slice(0, s.length + e) + '.' + s.slice(s.length + e); }
    return (r.neg ? '-' : '') + out;
  }

  function digits(value) { return plain(round(value)); }

  function scaled(value, base, names) {
    var v = value, i = 0, r = round(v);
    while (magnitude(r) >= base && i < names.length - 1) { v /= base; i++; r = round(v); }
    var number = plain(r);
    return names === BYTES ? [number, names[i]] : [number + names[i], ''];
  }

  function time(nanos, unit) {
    if (nanos === Infinity || nanos === -Infinity) { return [nanos > 0 ? '∞' : '-∞', suffixOf(unit)]; }
    var abs = Math.abs(nanos);
    if (magnitude(round(abs)) < 1000) { return [digits(nanos), 'ns']; }
    if (magnitude(round(abs / 1e3)) < 1000) { return [digits(nanos / 1e3), 'µs']; }
    if (magnitude(round(abs / 1e6)) < 1000) { return [digits(nanos / 1e6), 'ms']; }
    if (magnitude(round(abs / 1e9)) < 60) { return [digits(nanos / 1e9), 's']; }
    if (magnitude(round(abs / 60e9)) < 60) { return [digits(nanos / 60e9), 'min']; }
    return [digits(nanos / 3600e9), 'h'];
  }

  function suffixOf(unit) {
    switch (unit) {
      case 'PERCENT': return '%';
      case 'RATIO': return 'x';
      case 'COUNT': return '';
      case 'MICROSECONDS': return 'µs';
      case 'BYTES_PER_SECOND': return 'B/s';
      default: return UNITS[unit][0];
    }
  }

  function parts(value, unit) {
    var u = UNITS[unit];
    if (!u) { throw new Error('unknown unit ' + unit); }
    if (isNaN(value)) { return ['NaN', suffixOf(unit)]; }
    if (!isFinite(value)) { return [value > 0 ? '∞' : '-∞', suffixOf(unit)]; }
    switch (u[1]) {
      case 'TIME': return time(unit === 'NANOSECONDS' ? value : value * u[2] / 1, unit);
      case 'SIZE': return scaled(value, 1000, BYTES);
      case 'RATE':
        if (unit === 'BYTES_PER_SECOND') { var size = scaled(value, 1000, BYTES); return [size[0], size[1] + '/s']; }
        return [scaled(value, 1000, SI)[0], u[0]];
      default:
        if (unit === 'PERCENT') { return [digits(value), '%']; }
        if (unit === 'RATIO') { return [digits(value), 'x']; }
        return scaled(value, 1000, SI);
    }
  }

  // value in unit (the name of core's Unit), as HumanUnits.format(value, unit) writes it.
  function format(value, unit) {
    var p = parts(value, unit);
    if (p[1] === '') { return p[0]; }
    return p[1] === '%' || p[1] === 'x' ? p[0] + p[1] : p[0] + ' ' + p[1];
  }

  return { format: format };
})();
