/*
 * Journey page: the consumer may offer a coarse place for this scan, and only by pressing the button. The browser's
 * position goes as {lat, lon} to POST /api/scans/{scanId}/place; the server rounds it (about 11 km) before storing.
 */
(function () {
  'use strict';
  var box = document.getElementById('place');
  if (!box) return;
  if (!navigator.geolocation) {
    box.hidden = true;
    return;
  }
  var button = document.getElementById('place-share');
  var status = document.getElementById('place-status');
  var fail = function () {
    status.textContent = box.getAttribute('data-t-failed');
    button.disabled = false;
  };
  button.addEventListener('click', function () {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(function (position) {
      fetch('/api/scans/' + encodeURIComponent(box.getAttribute('data-scan-id')) + '/place', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lat: position.coords.latitude, lon: position.coords.longitude })
      }).then(function (response) {
        if (!response.ok) return fail();
        status.textContent = box.getAttribute('data-t-sent');
        button.hidden = true;
      }, fail);
    }, fail, { enableHighAccuracy: false, maximumAge: 600000, timeout: 30000 });
  });
})();
