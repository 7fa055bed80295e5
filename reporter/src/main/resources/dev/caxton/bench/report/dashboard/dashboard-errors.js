// Every script error lands in #errors, where tests (and readers) see it.
(function () {
  'use strict';
  function report(text) {
    var list = document.getElementById('errors');
    if (!list) { document.documentElement.setAttribute('data-early-error', text); return; }
    var item = document.createElement('li');
    item.textContent = text;
    list.appendChild(item);
    list.hidden = false;
  }
  window.addEventListener('error', function (e) {
    report('Error: ' + e.message + ' at ' + (e.filename || 'page') + ':' + e.lineno + ':' + e.colno);
  });
  window.addEventListener('unhandledrejection', function (e) {
    report('Unhandled rejection: ' + e.reason);
  });
})();
