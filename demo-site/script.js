// Harbour Lane Community Clinic — site scripts
function toggleMenu(el) {
  el.nextElementSibling.classList.toggle('open');
}

function openSearch() {
  var q = window.prompt('Search Harbour Lane');
  if (q) { window.location.href = 'faq.html?q=' + encodeURIComponent(q); }
}

// hero carousel: a new slide every 5 seconds
var current = 0;
function showSlide(n) {
  var slides = document.querySelectorAll('.slide');
  var dots = document.querySelectorAll('.dot');
  if (!slides.length) { return; }
  current = (n + slides.length) % slides.length;
  for (var i = 0; i < slides.length; i++) {
    slides[i].classList.toggle('active', i === current);
    if (dots[i]) { dots[i].classList.toggle('active', i === current); }
  }
}
function nextSlide() { showSlide(current + 1); }
function prevSlide() { showSlide(current - 1); }
if (document.getElementById('hero')) { setInterval(nextSlide, 5000); }

// e-book pop-up
function openEbook() {
  document.getElementById('ebook-modal').classList.remove('closed');
}
function closeEbook() {
  document.getElementById('ebook-modal').classList.add('closed');
  try { localStorage.setItem('ebookSeen', '1'); } catch (e) { /* private mode */ }
}
(function () {
  var modal = document.getElementById('ebook-modal');
  try { if (modal && localStorage.getItem('ebookSeen')) { modal.classList.add('closed'); } } catch (e) { /* ignore */ }
})();

// FAQ accordion
function toggleFaq(el) {
  el.nextElementSibling.classList.toggle('open');
}

// insurance check
function checkCover() {
  var ok = true;
  var fields = document.querySelectorAll('#cover-form [data-check]');
  for (var i = 0; i < fields.length; i++) {
    var f = fields[i];
    var err = document.getElementById(f.getAttribute('data-check'));
    var bad = f.value.trim() === '' || (f.pattern && !new RegExp('^(?:' + f.pattern + ')$').test(f.value));
    f.style.borderColor = bad ? '#d0021b' : '#cccccc';
    if (err) { err.classList.toggle('shown', bad); }
    if (bad) { ok = false; }
  }
  if (ok) {
    document.getElementById('cover-result').classList.add('shown');
  }
}
