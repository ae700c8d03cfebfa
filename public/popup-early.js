// Qingyue popup, first thing: ask the tab for its report while the popup's modules still load
// (the popup must show its content within 100 ms of the click). main.ts picks the answer up.
// A classic script, so that it runs during parsing; the answer is checked again by main.ts.
(function () {
  performance.mark('qingyue:early');
  var api = globalThis.browser || globalThis.chrome;
  var param = new URLSearchParams(location.search).get('tab');
  var tab = (param && /^\d+$/.test(param) ? api.tabs.get(Number(param)) : api.tabs.query({ active: true, currentWindow: true }).then(function (t) { return t[0]; }))
    .catch(function () { return undefined; });
  var state = tab.then(function (t) {
    if (!t || t.id === undefined) return null;
    performance.mark('qingyue:asked');
    return api.tabs.sendMessage(t.id, { type: 'qingyue:get-report' });
  }).catch(function () { return null; });
  globalThis.__qingyueEarly = { tab: tab, state: state };
})();
