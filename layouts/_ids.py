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

# trends
TRENDS_CONTEXT = "trends-context"
TRENDS_INDICATOR = "trends-indicator"
TRENDS_COMPARE = "trends-compare"
TRENDS_REGIONS = "trends-regions"
TRENDS_AREA = "trends-area"
TRENDS_SEX = "trends-sex"
TRENDS_MANAGEMENT = "trends-management"
TRENDS_GRADE = "trends-grade"
TRENDS_SUBJECT = "trends-subject"
TRENDS_YEARS = "trends-years"
TRENDS_SINCE_ON = "trends-since-on"
TRENDS_SINCE = "trends-since"
TRENDS_GRAPH = "trends-graph"
TRENDS_TITLE = "trends-title"
TRENDS_HINTS = "trends-hints"

# parity
PARITY_CONTEXT = "parity-context"
PARITY_INDICATOR = "parity-indicator"
PARITY_ADJUSTED = "parity-adjusted"
PARITY_AREA = "parity-area"
PARITY_MANAGEMENT = "parity-management"
PARITY_YEARS = "parity-years"
PARITY_GRAPH = "parity-graph"
PARITY_TITLE = "parity-title"
PARITY_HEATMAP = "parity-heatmap"
PARITY_HINTS = "parity-hints"
