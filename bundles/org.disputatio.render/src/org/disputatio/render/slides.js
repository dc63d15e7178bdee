// Keys as in other presenter tools; S opens the speaker window (notes, next step, timer).
(function () {
  var steps = Array.prototype.slice.call(document.querySelectorAll('section.step'));
  var current = 0, typed = '', speaker = null, started = Date.now();
  var planned = steps.reduce(function (sum, s) { return sum + parseFloat(s.dataset.minutes || '0'); }, 0);

  function show(index) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (s, i) { s.classList.toggle('current', i === current); });
    document.getElementById('counter').textContent = (current + 1) + ' / ' + steps.length;
    if (history.replaceState) { history.replaceState(null, '', '#' + (current + 1)); }
    updateSpeaker();
  }

  function cover(kind) {
    var el = document.getElementById('cover');
    el.className = el.className === kind ? '' : kind;
  }

  function key(e) {
    var k = e.key;
    if (/^[0-9]$/.test(k)) { typed += k; return; }
    if (k === 'Enter' && typed) { show(parseInt(typed, 10) - 1); typed = ''; e.preventDefault(); return; }
    typed = '';
    if (k === 'ArrowRight' || k === 'PageDown' || k === ' ' || k === 'Enter') { show(current + 1); }
    else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'Backspace') { show(current - 1); }
    else if (k === 'Home') { show(0); }
    else if (k === 'End') { show(steps.length - 1); }
    else if (k === 'b' || k === 'B' || k === '.') { cover('black'); }
    else if (k === 'w' || k === 'W') { cover('white'); }
    else if (k === 's' || k === 'S') { openSpeaker(); }
    else if (k === 'Escape') { document.getElementById('cover').className = ''; }
    else { return; }
    e.preventDefault();
  }

  function clock(ms) {
    var s = Math.floor(ms / 1000);
    return Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
  }

  function openSpeaker() {
    if (speaker && !speaker.closed) { speaker.focus(); return; }
    speaker = window.open('', 'disputatio-speaker', 'width=1000,height=650');
    if (!speaker) { return; }
    var d = speaker.document;
    d.open();
    d.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Speaker: ' + document.title.replace(/</g, '&lt;') + '</title>'
      + '<style>body{margin:0;font-family:"DejaVu Sans",Verdana,sans-serif;display:grid;grid-template-columns:3fr 2fr;'
      + 'grid-template-rows:auto 1fr;height:100vh;background:#111;color:#eee}#head{grid-column:1/3;padding:10px 16px;'
      + 'font-size:22px;display:flex;justify-content:space-between}#notes{padding:16px;font-size:28px;line-height:1.35;'
      + 'white-space:pre-wrap;overflow:auto}#next{padding:16px;background:#fff;color:#111}#next svg{width:100%;height:45vh}'
      + '.late{color:#ff8a65}</style></head><body><div id="head"><span id="where"></span><span id="time"></span></div>'
      + '<div id="notes"></div><div id="next"><h2 id="nextTitle"></h2><div id="nextMap"></div></div></body></html>');
    d.close();
    d.addEventListener('keydown', key);
    updateSpeaker();
  }

  function updateSpeaker() {
    if (!speaker || speaker.closed) { return; }
    var d = speaker.document, step = steps[current], next = steps[current + 1];
    d.getElementById('where').textContent = 'Step ' + (current + 1) + ' of ' + steps.length + ': '
      + step.querySelector('h1').textContent;
    d.getElementById('notes').textContent = step.querySelector('aside.notes').textContent;
    d.getElementById('nextTitle').textContent = next ? 'Next: ' + next.querySelector('h1').textContent : 'End of the presentation';
    d.getElementById('nextMap').innerHTML = next ? next.querySelector('.map').innerHTML : '';
  }

  setInterval(function () {
    if (!speaker || speaker.closed) { return; }
    var elapsed = Date.now() - started, el = speaker.document.getElementById('time');
    el.textContent = clock(elapsed) + (planned > 0 ? ' of ' + clock(planned * 60000) : '');
    el.className = elapsed > planned * 60000 && planned > 0 ? 'late' : '';
  }, 1000);

  document.addEventListener('keydown', key);
  var start = parseInt((location.hash || '#1').slice(1), 10);
  show(isNaN(start) ? 0 : start - 1);
}());
