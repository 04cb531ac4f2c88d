// The language switch keeps what was typed in the simulator: instead of following the link, it submits the
// form again in the chosen language (deciding again only if the form had been submitted).
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('f-form');
  if (!form) {
    return;
  }
  document.querySelectorAll('nav.languages a[data-lang]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      form.querySelector('input[name="lang"]').value = link.getAttribute('data-lang');
      if (form.getAttribute('data-submitted') !== 'true') {
        form.querySelector('input[name="mode"]').value = 'edit';
      }
      form.submit();
    });
  });
});
