/*
 * Journey page: checks each step in the browser, trusting nothing the server says about it. For every
 * li[data-event-id] it fetches the event's public JSON and its proof, hashes the JSON bytes (SHA-256), rebuilds the
 * log entry as capture's LogEntry defines it ("bricshub/epcis-event/v1\n" + hash ID + "\n" + hex SHA-256 + "\n"),
 * and has /log/verify.js check its inclusion under a checkpoint signed by the log key and cosigned by the witness
 * quorum. Then it sets data-verified="true|false" on the step (the page's contract) and the status line.
 */
(function () {
  'use strict';
  var root = document.getElementById('journey');
  if (!root || !window.BricsHubLog) return;
  var logKey = root.getAttribute('data-log-key');
  var witnessKeys = (root.getAttribute('data-witness-keys') || '').split(' ').filter(Boolean);
  var quorum = Number(root.getAttribute('data-quorum') || '0');
  var steps = Array.prototype.slice.call(root.querySelectorAll('li[data-event-id]'));
  var status = document.getElementById('verify-status');
  var hex = function (buf) {
    return Array.prototype.map.call(new Uint8Array(buf), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  };
  if (steps.length === 0) {
    status.hidden = true;
    return;
  }
  var ok = function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r;
  };

  function check(li) {
    var key = li.getAttribute('data-event-key');
    var base = '/journey/events/' + encodeURIComponent(key);
    return Promise.all([
      fetch(base + '.json').then(ok).then(function (r) { return r.arrayBuffer(); }),
      fetch(base + '/proof').then(ok).then(function (r) { return r.json(); })
    ]).then(function (got) {
      return crypto.subtle.digest('SHA-256', got[0]).then(function (digest) {
        var entry = new TextEncoder().encode('bricshub/epcis-event/v1\n' + li.getAttribute('data-event-id') + '\n'
          + hex(digest) + '\n');
        return BricsHubLog.verifyInclusion({ checkpoint: got[1].checkpoint, logKey: logKey, witnessKeys: witnessKeys,
          quorum: quorum, entry: entry, index: got[1].leafIndex, hashes: got[1].inclusion.hashes });
      });
    }).then(function (result) { return result.verified === true; }, function () { return false; });
  }

  function mark(li, verified) {
    li.setAttribute('data-verified', verified ? 'true' : 'false');
    li.querySelector('.badge').textContent = root.getAttribute(verified ? 'data-t-verified' : 'data-t-not-verified');
    return verified;
  }

  Promise.all(steps.map(function (li) { return check(li).then(function (v) { return mark(li, v); }); }))
    .then(function (results) {
      var all = results.every(Boolean);
      status.className = 'status ' + (all ? 'ok' : 'bad');
      status.textContent = all ? document.getElementById('verified-summary').textContent
        : root.getAttribute('data-t-failed');
    });
})();
