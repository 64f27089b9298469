// Charts read their data from data-* attributes, so that pages need no inline script (CSP: script-src 'self').
(function () {
  var PALETTE = ['#0d6efd', '#b02a37', '#198754', '#6c757d', '#fd7e14', '#6f42c1', '#20c997', '#ffc107', '#0dcaf0'];

  // Counts are whole numbers: the value axis of a bar chart steps by whole numbers. A bar chart has one colour (the
  // canvas's data-color, e.g. red for non-compliance); a doughnut one per slice. The labels are drawn in the page's
  // font, once it has loaded, so that Chinese labels read on a machine without a CJK font of its own.
  function drawCharts(root) {
    if (typeof Chart === 'undefined') return;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    root.querySelectorAll('canvas.ciip-chart').forEach(function (canvas) {
      if (canvas.dataset.drawn) return;
      canvas.dataset.drawn = 'true';
      var labels = (canvas.dataset.labels || '').split('|');
      var doughnut = canvas.dataset.type === 'doughnut';
      var stacked = canvas.dataset.stacked === 'true';
      var datasets;
      if (canvas.dataset.seriesLabels) {
        // several series (e.g. one per grade): names by '|', their values by ';' then ',', their colours by '|'
        var names = canvas.dataset.seriesLabels.split('|');
        var rows = (canvas.dataset.seriesValues || '').split(';');
        var colours = (canvas.dataset.seriesColours || '').split('|');
        datasets = names.map(function (name, i) {
          return { label: name, data: (rows[i] || '').split(',').map(Number),
            backgroundColor: colours[i] || PALETTE[i % PALETTE.length] };
        });
      } else {
        datasets = [{ data: (canvas.dataset.values || '').split(',').map(Number),
          backgroundColor: doughnut ? PALETTE : (canvas.dataset.color || PALETTE[0]) }];
      }
      new Chart(canvas, {
        type: canvas.dataset.type || 'bar',
        data: { labels: labels, datasets: datasets },
        options: { plugins: { legend: { display: doughnut || datasets.length > 1 } }, animation: false,
          scales: doughnut ? {} : { x: { stacked: stacked },
            y: { beginAtZero: true, stacked: stacked, ticks: { precision: 0 } } } }
      });
    });
  }
  function whenFontsReady(draw) {
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(draw, draw);
    } else {
      draw();
    }
  }
  document.addEventListener('DOMContentLoaded', function () { whenFontsReady(function () { drawCharts(document); }); });
  document.addEventListener('htmx:afterSwap', function (e) { drawCharts(e.target); });
})();

// Irreversible or weighty actions ask first: a form (or the button that sends it) with data-confirm is sent only once
// the person agrees.
document.addEventListener('submit', function (e) {
  var button = e.submitter;
  var message = button && button.dataset && button.dataset.confirm ? button.dataset.confirm
      : (e.target.dataset ? e.target.dataset.confirm : null);
  if (message && !window.confirm(message)) {
    e.preventDefault();
  }
});

// A STIX pattern is checked as it is typed: a textarea with data-pattern-check asks the server's parser (the same one
// that accepts or refuses the indicator) and shows what is wrong and where, beside the field.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-pattern-check]').forEach(function (field) {
      var out = document.getElementById('pattern-check');
      var valid = document.querySelector('#pattern-messages');
      var timer = null;
      function check() {
        var url = field.dataset.patternCheck + '?pattern=' + encodeURIComponent(field.value);
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (answer) {
            if (!answer || !out) return;
            field.classList.toggle('is-valid', answer.valid);
            field.classList.toggle('is-invalid', !answer.valid && field.value.trim() !== '');
            out.classList.toggle('text-danger', !answer.valid);
            out.classList.toggle('text-success', answer.valid);
            var text = answer.valid && valid ? valid.content.textContent.trim() : (answer.message || '');
            if (answer.valid && answer.objectTypes && answer.objectTypes.length) {
              text += ' (' + answer.objectTypes.join(', ') + ')';
            }
            out.textContent = text;
            out.dataset.state = answer.valid ? 'valid' : 'invalid';
          });
      }
      field.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(check, 250);
      });
      if (field.value.trim() !== '') check();
    });
  });
})();

// A form sent back with problems lists them at its top, each naming its field by its label and linking to it, and takes
// the focus, so that nobody has to hunt for a message below a field further down a long form.
document.addEventListener('DOMContentLoaded', function () {
  var meta = document.querySelector('meta[name="ciip-error-summary"]');
  document.querySelectorAll('form').forEach(function (form) {
    var invalid = form.querySelectorAll('.is-invalid');
    if (!invalid.length || form.querySelector('.error-summary')) return;
    var list = document.createElement('ul');
    list.className = 'mb-0';
    var seen = {};
    invalid.forEach(function (control) {
      var key = control.name || control.id;
      if (!key || seen[key]) return;
      seen[key] = true;
      var label = control.id ? form.querySelector('label[for="' + control.id + '"]') : null;
      var feedback = control.parentElement.querySelector('.invalid-feedback');
      var name = label ? label.textContent.trim() : key;
      var message = feedback ? feedback.textContent.trim() : '';
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + (control.id || '');
      link.textContent = message ? name + ': ' + message : name;
      link.className = 'alert-link';
      item.appendChild(link);
      list.appendChild(item);
    });
    if (!list.children.length) return;
    var summary = document.createElement('div');
    summary.className = 'alert alert-danger error-summary';
    summary.setAttribute('role', 'alert');
    summary.tabIndex = -1;
    var title = document.createElement('p');
    title.className = 'fw-semibold mb-1';
    title.textContent = meta ? meta.content : '';
    summary.appendChild(title);
    summary.appendChild(list);
    var note = form.querySelector('.required-note');
    form.insertBefore(summary, note ? note.nextSibling : form.firstChild);
    summary.focus();
  });
});

// The security program's sections are tabs: the one named by the address's anchor (a duty's link, or where a form was
// saved), else the one with a form sent back with problems, else the duties. Without JavaScript every section shows.
document.addEventListener('DOMContentLoaded', function () {
  var tabs = document.querySelector('.program-tabs');
  if (!tabs) return;
  var panes = document.querySelectorAll('.program-pane');
  function paneOf(element) {
    var pane = element ? element.closest('.program-pane') : null;
    return pane ? pane.dataset.pane : null;
  }
  function show(name) {
    panes.forEach(function (pane) { pane.classList.toggle('d-none', pane.dataset.pane !== name); });
    tabs.querySelectorAll('a[data-tab]').forEach(function (a) {
      var on = a.dataset.tab === name;
      a.classList.toggle('active', on);
      a.setAttribute('aria-selected', on ? 'true' : 'false');
    });
  }
  function fromAnchor() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var name = paneOf(target);
    if (name) {
      show(name);
      target.scrollIntoView();
    }
    return name;
  }
  if (!fromAnchor()) {
    show(paneOf(document.querySelector('.program-pane .is-invalid, .program-pane details[open]')) || 'duties');
  }
  tabs.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-tab]');
    if (!a) return;
    e.preventDefault();
    show(a.dataset.tab);
    history.replaceState(null, '', '#' + a.dataset.tab);
  });
  window.addEventListener('hashchange', fromAnchor);
});
