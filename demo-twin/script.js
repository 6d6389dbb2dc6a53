// Harbour Lane Community Clinic — site scripts (accessible twin)
(function () {
  'use strict';

  // Disclosure menu: a real button with aria-expanded; Escape closes it and returns focus.
  var toggle = document.querySelector('.dropdown-toggle');
  if (toggle) {
    var menu = document.getElementById(toggle.getAttribute('aria-controls'));
    var setMenu = function (open) {
      toggle.setAttribute('aria-expanded', String(open));
      menu.hidden = !open;
    };
    toggle.addEventListener('click', function () {
      setMenu(toggle.getAttribute('aria-expanded') !== 'true');
    });
    toggle.parentElement.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        setMenu(false);
        toggle.focus();
      }
    });
    toggle.parentElement.addEventListener('focusout', function (e) {
      if (!toggle.parentElement.contains(e.relatedTarget)) { setMenu(false); }
    });
  }

  var search = document.querySelector('.search-btn');
  if (search) {
    search.addEventListener('click', function () {
      window.location.href = 'faq.html#faq-search-input';
    });
  }

  // Carousel: buttons, a visible Pause control, stops while hovered or focused, and never
  // moves on its own when the visitor prefers reduced motion.
  var hero = document.getElementById('hero');
  if (hero) {
    var slides = hero.querySelectorAll('.slide');
    var dots = hero.querySelectorAll('.dot');
    var pause = hero.querySelector('.hero-pause');
    var current = 0;
    var timer = null;
    var userPaused = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var show = function (n) {
      current = (n + slides.length) % slides.length;
      for (var i = 0; i < slides.length; i++) {
        slides[i].classList.toggle('active', i === current);
        if (dots[i]) { dots[i].classList.toggle('active', i === current); }
      }
    };
    var start = function () {
      if (!timer && !userPaused) { timer = setInterval(function () { show(current + 1); }, 7000); }
    };
    var stop = function () {
      clearInterval(timer);
      timer = null;
    };
    var label = function () { pause.textContent = userPaused ? 'Play' : 'Pause'; };
    hero.querySelector('.hero-prev').addEventListener('click', function () { show(current - 1); });
    hero.querySelector('.hero-next').addEventListener('click', function () { show(current + 1); });
    pause.addEventListener('click', function () {
      userPaused = !userPaused;
      label();
      if (userPaused) { stop(); } else { start(); }
    });
    hero.addEventListener('mouseenter', stop);
    hero.addEventListener('mouseleave', start);
    hero.addEventListener('focusin', stop);
    hero.addEventListener('focusout', function (e) { if (!hero.contains(e.relatedTarget)) { start(); } });
    label();
    start();
  }

  // E-book dialog: a native <dialog> (focus moves in, Escape closes, focus returns).
  var dialog = document.getElementById('ebook-dialog');
  if (dialog && typeof dialog.showModal === 'function') {
    var opener = null;
    var open = function (from) {
      opener = from || null;
      dialog.showModal();
    };
    dialog.addEventListener('close', function () {
      try { localStorage.setItem('ebookSeen', '1'); } catch (e) { /* private mode */ }
      if (opener) { opener.focus(); }
    });
    dialog.querySelector('[data-close-ebook]').addEventListener('click', function () { dialog.close(); });
    var buttons = document.querySelectorAll('[data-open-ebook]');
    for (var b = 0; b < buttons.length; b++) {
      buttons[b].addEventListener('click', function (e) { open(e.currentTarget); });
    }
    var ebookForm = dialog.querySelector('.ebook-form');
    ebookForm.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!ebookForm.reportValidity()) { return; }
      ebookForm.innerHTML = '<p tabindex="-1">Thank you! The e-book is on its way to your inbox.</p>';
      ebookForm.firstChild.focus();
    });
    var seen = false;
    try { seen = !!localStorage.getItem('ebookSeen'); } catch (e) { /* ignore */ }
    if (!seen) { open(null); }
  }

  // FAQ accordion: buttons with aria-expanded controlling their answer.
  var questions = document.querySelectorAll('.faq-q');
  for (var q = 0; q < questions.length; q++) {
    questions[q].addEventListener('click', function (e) {
      var btn = e.currentTarget;
      var answer = document.getElementById(btn.getAttribute('aria-controls'));
      var open = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', String(open));
      answer.hidden = !open;
    });
  }
  if (location.hash === '#first-chat') {
    var first = document.querySelector('#first-chat .faq-q');
    if (first) { first.click(); }
  }

  // Insurance check: errors named in a summary, tied to their fields, focus moved to the summary.
  var form = document.getElementById('cover-form');
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var problems = [];
      var fields = form.querySelectorAll('[data-error]');
      for (var i = 0; i < fields.length; i++) {
        var f = fields[i];
        var err = document.getElementById(f.getAttribute('data-error'));
        var bad = !f.checkValidity();
        f.setAttribute('aria-invalid', String(bad));
        err.hidden = !bad;
        if (bad) { problems.push('<li><a href="#' + f.id + '">' + err.textContent + '</a></li>'); }
      }
      var summary = document.getElementById('error-summary');
      var result = document.getElementById('cover-result');
      if (problems.length) {
        summary.querySelector('ul').innerHTML = problems.join('');
        summary.hidden = false;
        result.hidden = true;
        summary.focus();
      } else {
        summary.hidden = true;
        result.hidden = false;
        result.focus();
      }
    });
  }
})();
