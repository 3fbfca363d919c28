// The table under a chart follows the page's controls only while it is open, so a closed table costs no
// request to the server on each change of a control (many readers are on slow connections).
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  figureTable: {
    // Arguments: every control's value, then the toggle's click count (odd: the table is open).
    follow: function () {
      var clicks = arguments[arguments.length - 1];
      return (clicks || 0) % 2 ? Date.now() : window.dash_clientside.no_update;
    }
  }
});
