/**
 * /staff/idle.js: the staff pages' idle timer, as plain browser JavaScript (served as written; the collector is one
 * bundled file, so it travels as a string like the stylesheets). The server ends a session after its idle limit
 * without a person's request (a request marked `X-Background-Refresh: 1` does not count); this makes the screen
 * follow, so a page left open at a front desk does not go on showing patients' words until someone clicks.
 *
 * - The timer runs from the requests this page made — its own load, and Stay signed in — and from what the server
 *   says is left (`data-idle-seconds` on `<html>`, then `GET /staff/session`). Typing, clicking and moving the mouse
 *   are not counted: the server never sees them, so the session ends at the same moment whatever happens on the
 *   page, and a timer that reset on them would only hide that.
 * - Its words are the page's, in its language: the dialog carries them (`data-about-minutes`, … idle-warning.ts).
 * - The warning opens two minutes before the end — or halfway, for an idle limit under four minutes (tests) — as a
 *   modal `<dialog>` whose **Stay signed in** (or Escape) sends one ordinary request, which the server counts as the
 *   person's activity.
 * - Before warning and at the end it asks the server with `X-Background-Refresh: 1` (never counted): another tab in
 *   use may have kept the session open, and then this page waits again instead of warning or leaving.
 * - At the end it empties the page, then replaces it with `/staff/sign-in?ended=idle&next=<this page>`.
 * - A page brought back by Back (the back-forward cache) stays blank until the server says its session is open.
 */
export const IDLE_JS = `'use strict';
(function () {
  var root = document.documentElement;
  var dialog = document.getElementById('idle-warning');
  var firstLeft = Number(root.getAttribute('data-idle-seconds'));
  if (!(dialog instanceof HTMLDialogElement) || !(firstLeft > 0)) return;
  var stay = dialog.querySelector('.idle-stay');
  var leftWords = dialog.querySelector('.idle-left');
  var problem = dialog.querySelector('.idle-problem');
  // Two minutes of warning, or half of a short limit: the page loaded with (nearly) the whole limit left.
  var lead = Math.min(120, firstLeft / 2);
  var deadline = 0;
  var timer = 0;

  function wait(seconds, then) {
    clearTimeout(timer);
    timer = setTimeout(then, Math.max(seconds, 0) * 1000);
  }

  // The page's words, in its language (idle-warning.ts): '{0}' is the number.
  function said(name, n) {
    return (dialog.getAttribute('data-' + name) || '').replace('{0}', String(n));
  }

  function words(seconds) {
    var minutes = Math.round(seconds / 60);
    if (minutes >= 2) return said('about-minutes', minutes);
    if (minutes === 1) return said('about-a-minute');
    var whole = Math.max(1, Math.round(seconds));
    return whole === 1 ? said('one-second') : said('seconds', whole);
  }

  // What the server says of this page's session: { left: seconds } while open, { ended: why } once over.
  function ask(background) {
    var headers = { Accept: 'application/json' };
    if (background) headers['X-Background-Refresh'] = '1';
    return fetch('/staff/session', { headers: headers, cache: 'no-store', credentials: 'same-origin' }).then(
      function (response) {
        return response.json().then(function (body) {
          if (response.status === 401) return { ended: body.ended || 'signed-out' };
          if (!response.ok || typeof body.idleSeconds !== 'number') throw new Error('session ' + response.status);
          return { left: body.idleSeconds };
        });
      },
    );
  }

  function open(left) {
    leftWords.textContent = words(left);
    if (!dialog.open) {
      dialog.showModal();
      stay.focus();
    }
  }

  function close() {
    problem.textContent = '';
    if (dialog.open) dialog.close();
  }

  // The time left, as the server counts it: wait quietly, or warn and wait for the end.
  function follow(left) {
    deadline = Date.now() + left * 1000;
    root.classList.remove('idle-paused');
    if (left > lead + 1) {
      close();
      wait(left - lead, check);
    } else {
      open(left);
      // At least a second between checks, so a clock a little ahead of the server's does not ask in a loop.
      wait(Math.max(left, 1), check);
    }
  }

  function end(ended) {
    clearTimeout(timer);
    // Off the screen at once, and out of any copy the browser keeps for Back.
    document.body.replaceChildren();
    var query = new URLSearchParams();
    if (ended === 'idle') query.set('ended', 'idle');
    query.set('next', location.pathname + location.search);
    location.replace('/staff/sign-in?' + query.toString());
  }

  function answered(answer) {
    if ('ended' in answer) end(answer.ended);
    else follow(answer.left);
  }

  // Not the person's action: only looks.
  function check() {
    ask(true).then(answered, function () {
      // The server cannot be reached: go by this page's own clock.
      var left = (deadline - Date.now()) / 1000;
      if (left <= 0) end('idle');
      else follow(left);
    });
  }

  // The person's action: an ordinary request, which the server counts.
  function stayHere() {
    ask(false).then(answered, function () {
      problem.textContent = said('problem');
    });
  }

  stay.addEventListener('click', stayHere);
  // Escape closes a modal dialog; here it means the person is present, as the button does.
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    stayHere();
  });
  addEventListener('pagehide', function (event) {
    if (event.persisted) root.classList.add('idle-paused');
  });
  addEventListener('pageshow', function (event) {
    if (event.persisted) check();
  });
  // Timers of a hidden tab are slowed down; look again when it is shown.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') check();
  });
  follow(firstLeft);
})();
`;
