/* global window, document, fetch, setTimeout, clearTimeout, setInterval, URLSearchParams, FormData */
// Editor enhancements (the editor works without them): live Markdown preview, autosave to a
// draft revision, a warning before leaving with unsaved changes, drag-and-drop image upload, and
// confirmation of permanent deletion. No inline script: CSP allows only 'self'.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message =
      (submitter && submitter.getAttribute('data-confirm')) || (form && form.getAttribute('data-confirm'));
    if (message && !window.confirm(message)) event.preventDefault();
  });

  var form = document.querySelector('form[data-editor]');
  if (!form) return;
  var csrf = form.querySelector('input[name="_csrf"]').value;
  var body = form.querySelector('textarea[name="bodyMarkdown"]');
  var previewTarget = document.querySelector('[data-preview-target]');
  var statusLine = form.querySelector('[data-autosave-status]');
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var previewUrl = form.getAttribute('data-preview-url');
  var uploadUrl = form.getAttribute('data-upload-url');
  var dirty = false;
  var autosaveDirty = false;
  var submitting = false;

  function say(text) {
    if (statusLine) statusLine.textContent = text;
  }

  // The status sentences come in the admin's language from the form's data-say-* attributes.
  function words(name, value) {
    return (form.getAttribute('data-say-' + name) || '%s').replace('%s', value);
  }

  function post(url, payload, contentType) {
    var headers = { 'X-CSRF-Token': csrf, Accept: 'application/json' };
    if (contentType) headers['Content-Type'] = contentType;
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: payload }).then(
      function (res) {
        return res.json().then(function (data) {
          if (!res.ok)
            throw new Error((data && data.error && data.error.message) || words('request-failed', ''));
          return data;
        });
      },
    );
  }

  // Live preview, rendered by the server with the public site's Markdown renderer.
  var previewTimer = null;
  function refreshPreview() {
    if (!previewTarget || !previewUrl) return;
    post(previewUrl, JSON.stringify({ markdown: body.value }), 'application/json')
      .then(function (data) {
        previewTarget.innerHTML = data.html;
      })
      .catch(function () {
        /* the Preview button still works */
      });
  }

  form.addEventListener('input', function (event) {
    dirty = true;
    autosaveDirty = true;
    if (event.target === body) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(refreshPreview, 400);
    }
  });
  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Autosave: a draft revision of what is typed, every few seconds; never publishes. A new
  // article is first created as a draft, then the form edits that draft.
  var createUrl = form.getAttribute('data-autosave-create-url');
  var busy = false;
  if (autosaveUrl || createUrl) {
    setInterval(function () {
      if (!autosaveDirty || submitting || busy) return;
      autosaveDirty = false;
      busy = true;
      var data = new URLSearchParams(new FormData(form));
      data.delete('action');
      post(autosaveUrl || createUrl, data.toString(), 'application/x-www-form-urlencoded')
        .then(function (res) {
          if (res.ok === false) {
            autosaveDirty = true;
            say(res.reason);
            return;
          }
          if (!autosaveUrl && res.id) {
            autosaveUrl = res.autosaveUrl;
            form.setAttribute('action', res.action);
            form.querySelector('input[name="version"]').value = String(res.version);
            window.history.replaceState(null, '', res.editUrl);
            say(words('saved-draft', res.savedAt));
            return;
          }
          say(words('autosaved', res.savedAt));
        })
        .catch(function (err) {
          autosaveDirty = true;
          say(words('autosave-failed', err.message));
        })
        .then(function () {
          busy = false;
        });
    }, 5000);
  }

  // Drag and drop: upload, then use the image as the feature image or insert it in the body.
  function upload(file, onDone) {
    var data = new FormData();
    data.append('alt', '');
    data.append('file', file);
    say(words('uploading', file.name));
    post(uploadUrl, data)
      .then(function (res) {
        say(words('uploaded', file.name));
        onDone(res.media);
      })
      .catch(function (err) {
        say(words('upload-failed', err.message));
      });
  }
  function accept(zone, onFile) {
    zone.addEventListener('dragover', function (event) {
      event.preventDefault();
      zone.classList.add('editor-drop--active');
    });
    zone.addEventListener('dragleave', function () {
      zone.classList.remove('editor-drop--active');
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('editor-drop--active');
      var file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) onFile(file);
    });
  }
  var featureZone = form.querySelector('[data-dropzone]');
  if (featureZone && uploadUrl) {
    accept(featureZone, function (file) {
      upload(file, function (media) {
        form.querySelector('input[name="featureImageSrc"]').value = media.src;
        dirty = true;
        autosaveDirty = true;
      });
    });
  }
  if (body && uploadUrl) {
    accept(body, function (file) {
      upload(file, function (media) {
        var at = body.selectionStart || body.value.length;
        var snippet = '\n![' + file.name.replace(/\.[a-z0-9]+$/i, '') + '](' + media.src + ')\n';
        body.value = body.value.slice(0, at) + snippet + body.value.slice(at);
        dirty = true;
        autosaveDirty = true;
        refreshPreview();
      });
    });
  }
})();
