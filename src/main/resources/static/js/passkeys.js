// Passkeys (WebAuthn): signing in with one, and adding one on the account page. The server's JSON follows the WebAuthn
// specification's JSON forms (Spring Security's relying party); binary values travel as base64url. An element with
// data-passkey carries the CSRF header and token, and the messages shown in the page's language.
(function () {
  if (!window.PublicKeyCredential || !navigator.credentials) return;

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function post(box, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[box.dataset.csrfHeader] = box.dataset.csrf;
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined });
  }

  function show(box, message) {
    var out = box.querySelector('.passkey-message');
    out.textContent = message;
    out.hidden = false;
  }

  function descriptors(list) {
    return (list || []).map(function (d) { return Object.assign({}, d, { id: toBytes(d.id) }); });
  }

  async function signIn(box) {
    var optionsResponse = await post(box, box.dataset.optionsUrl);
    if (!optionsResponse.ok) throw new Error('options ' + optionsResponse.status);
    var options = await optionsResponse.json();
    options.challenge = toBytes(options.challenge);
    options.allowCredentials = descriptors(options.allowCredentials);
    var credential = await navigator.credentials.get({ publicKey: options });
    var response = credential.response;
    var answer = await post(box, box.dataset.signInUrl, {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: toBase64url(response.authenticatorData),
        clientDataJSON: toBase64url(response.clientDataJSON),
        signature: toBase64url(response.signature),
        userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    var result = answer.ok ? await answer.json() : null;
    if (!result || !result.authenticated) throw new Error('refused');
    window.location.href = result.redirectUrl || '/';
  }

  async function register(box, label) {
    var optionsResponse = await post(box, box.dataset.optionsUrl);
    if (!optionsResponse.ok) throw new Error('options ' + optionsResponse.status);
    var options = await optionsResponse.json();
    options.challenge = toBytes(options.challenge);
    options.user = Object.assign({}, options.user, { id: toBytes(options.user.id) });
    options.excludeCredentials = descriptors(options.excludeCredentials);
    var credential = await navigator.credentials.create({ publicKey: options });
    var response = credential.response;
    var answer = await post(box, box.dataset.registerUrl, { publicKey: { label: label, credential: {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        attestationObject: toBase64url(response.attestationObject),
        clientDataJSON: toBase64url(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : []
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    } } });
    var result = answer.ok ? await answer.json() : null;
    if (!result || !result.success) throw new Error('refused');
    window.location.href = box.dataset.done;
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-passkey]').forEach(function (box) {
      box.hidden = false;
      var button = box.querySelector('button');
      var form = box.querySelector('form');
      var target = form || button;
      target.addEventListener(form ? 'submit' : 'click', function (e) {
        e.preventDefault();
        var label = form ? form.querySelector('input[name=label]') : null;
        if (label && label.value.trim() === '') {
          label.classList.add('is-invalid');
          return;
        }
        button.disabled = true;
        var work = box.dataset.passkey === 'register' ? register(box, label.value.trim()) : signIn(box);
        work.catch(function () {
          button.disabled = false;
          show(box, box.dataset.failed);
        });
      });
    });
  });
})();
