// The built-in texts of Vaadin's web components that Vaadin 25.2 lets no Java API change, in the
// UI's language ($0, from the message bundles). Run once per page by ComponentTexts.localize(UI):
// the defaults change for every component created afterwards, and those already on the page are
// brought in line.
const texts = $0;

// Components with an i18n object: their defaults (what a component uses where Java set nothing).
function defaults(tag, own) {
  customElements.whenDefined(tag).then(() => {
    const type = customElements.get(tag);
    const english = type.defaultI18n;
    const merged = { ...english, ...own };
    Object.defineProperty(type, 'defaultI18n', { configurable: true, get: () => merged });
    document.querySelectorAll(tag).forEach((component) => {
      const current = component.i18n || {};
      const untouched = Object.fromEntries(Object.keys(own)
        .filter((key) => current[key] === undefined || current[key] === english[key])
        .map((key) => [key, own[key]]));
      component.i18n = { ...current, ...untouched };
    });
  });
}

// Components whose text is set on each instance: adjusted whenever one enters the page (a Lit
// controller of every instance created from now on; those already there are adjusted at once).
function onConnect(tag, adjust) {
  customElements.whenDefined(tag).then(() => {
    customElements.get(tag).addInitializer((element) => element.addController({ hostConnected: () => adjust(element) }));
    document.querySelectorAll(tag).forEach(adjust);
  });
}

defaults('vaadin-multi-select-combo-box', texts.multiSelect);
defaults('vaadin-menu-bar', texts.menuBar);
defaults('vaadin-side-nav', texts.sideNav);
defaults('vaadin-side-nav-item', texts.sideNav);
defaults('vaadin-app-layout', texts.appLayout);

// The password field's "show password" button (also inside the login form).
onConnect('vaadin-password-field', (field) => {
  if (field.i18n && field.i18n.reveal !== texts.reveal) {
    field.i18n = { ...field.i18n, reveal: texts.reveal };
  }
});

// Flow's grid connector names each sorter "Sort by <header>" in English (GridI18n comes in 25.3).
const sortBy = 'Sort by ';
onConnect('vaadin-grid-sorter', (sorter) => {
  const label = sorter.getAttribute('aria-label');
  if (label && label.startsWith(sortBy)) {
    sorter.setAttribute('aria-label', texts.sorter.replace('{0}', label.substring(sortBy.length)));
  }
});

// Flow sets the connection indicator's texts for a lost connection; the one for its return is ours.
if (window.Vaadin && window.Vaadin.connectionIndicator) {
  window.Vaadin.connectionIndicator.onlineText = texts.online;
}

// A file the server refused (wrong type, too large, space full) comes back as 422 with the reason
// in the user's language; the upload would show its generic "forbidden" text in the file's row.
// The event does not bubble, so it is caught on its way down.
if (!window.silianUploadReasons) {
  window.silianUploadReasons = true;
  document.addEventListener('upload-error', (event) => {
    const { file, xhr } = event.detail || {};
    if (!file || !xhr || xhr.status !== 422) {
      return;
    }
    try {
      const reasons = (JSON.parse(xhr.responseText).rejected || []).map((r) => r.reason).filter((r) => r);
      if (reasons.length) {
        file.error = reasons.join(' ');
      }
    } catch (notJson) {
      // the generic text stays
    }
  }, true);
}
