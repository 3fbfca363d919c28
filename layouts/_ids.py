"""Component IDs, in one place so layouts and callbacks never disagree. Pattern-matching IDs are dicts."""

# shell
PAGE = "page"
LANG_SWITCH = "lang-switch"
PRESENT_SWITCH = "present-switch"
NAV_TOGGLER = "nav-toggler"
NAV_COLLAPSE = "nav-collapse"
SYNTHETIC_NOTICE = "synthetic-notice"
VIEW_QUERY = "view-query"  # the page's current query string; a clientside callback puts it in the address bar
ADDRESS_SYNCED = "address-synced"
DEFINITIONS_OPEN = "definitions-open"
DEFINITIONS = "definitions"

# downloads (pattern-matching: one per figure)
PNG_BUTTON = "png-button"
CSV_BUTTON = "csv-button"
CSV_DOWNLOAD = "csv-download"
