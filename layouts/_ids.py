"""Component IDs, in one place so layouts and callbacks never disagree. Pattern-matching IDs are dicts."""

# shell
PAGE = "page"
LANG_SWITCH = "lang-switch"
PRESENT_SWITCH = "present-switch"
DATA_SWITCH = "data-switch"  # the group of the two data choices; each choice is DATA_SWITCH + "-" + its value
DEMO_OFFER = "demo-offer"  # what the data in service cannot show, with a link to the same view on the demo
NAV_TOGGLER = "nav-toggler"
NAV_COLLAPSE = "nav-collapse"
SYNTHETIC_NOTICE = "synthetic-notice"
VIEW_QUERY = "view-query"  # the page's current query string; a clientside callback puts it in the address bar
ADDRESS_SYNCED = "address-synced"
TAB_TITLE = "tab-title"  # the browser tab's title in the page's language (Dash names the tab without the query)
DEFINITIONS_OPEN = "definitions-open"
DEFINITIONS = "definitions"


def per_page(kind: str, page: str) -> dict:
    """The id of a shell component on one page: each page writes its own, so no two callbacks share an output."""
    return {"type": kind, "page": page}

# downloads (pattern-matching: one per figure)
PNG_BUTTON = "png-button"
SVG_BUTTON = "svg-button"
LINK_COPY = "link-copy"
CSV_BUTTON = "csv-button"
CSV_DOWNLOAD = "csv-download"
TABLE_BUTTON = "table-button"  # the "Tabla" toggle under a chart
TABLE_PANEL = "table-panel"
TABLE_SORT = "table-sort"  # a sortable column header, by position
TABLE_ORDER = "table-order"  # the table's current order, (column, ascending)
TABLE_FOLLOW = "table-follow"  # stamped in the browser when a control changes while the table is open

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
TRENDS_CHANGE = "trends-change"  # the change since a year in points or in percent
TRENDS_SCALE = "trends-scale"
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

# data
DATA_CONTEXT = "data-context"
DATA_BANNER = "data-banner"
DATA_IN_SERVICE = "data-in-service"
DATA_COVERAGE = "data-coverage"
DATA_TOKEN = "data-token"
DATA_UPLOAD = "data-upload"
DATA_REPORT = "data-report"
DATA_RESET = "data-reset"
DATA_IMPORT_YEAR = "data-import-year"  # the year official files need when they do not carry it
DATA_IMPORT_ACTIONS = "data-import-actions"  # apply / cancel, shown while official files await
DATA_IMPORT_APPLY = "data-import-apply"
DATA_IMPORT_CANCEL = "data-import-cancel"

# maps
MAPS_CONTEXT = "maps-context"
MAPS_YEAR = "maps-year"  # the year the map shows: the year slider and play button under the map set it
MAPS_INDICATOR = "maps-indicator"
MAPS_VIEW = "maps-view"
MAPS_SEX = "maps-sex"
MAPS_MANAGEMENT = "maps-management"
MAPS_AREA = "maps-area"
MAPS_GRADE = "maps-grade"
MAPS_SUBJECT = "maps-subject"
MAPS_REASONS = "maps-reasons"
MAPS_HINTS = "maps-hints"
MAPS_GRAPH = "maps-graph"
MAPS_TITLE = "maps-title"
MAPS_REGION = "maps-region"
MAPS_PROFILE_GRAPH = "maps-profile-graph"
MAPS_PROFILE_TITLE = "maps-profile-title"
MAPS_PROFILE_LINK = "maps-profile-link"
MAPS_YEAR_SYNCED = "maps-year-synced"
MAPS_YEAR_SLIDER = "maps-year-slider"
MAPS_YEAR_SHOWN = "maps-year-shown"
MAPS_PLAY = "maps-play"

# cohort
COHORT_CONTEXT = "cohort-context"
COHORT_YEAR = "cohort-year"
COHORT_REGION = "cohort-region"
COHORT_AREA = "cohort-area"
COHORT_SEX = "cohort-sex"
COHORT_CAP = "cohort-cap"
COHORT_HINTS = "cohort-hints"
COHORT_GRAPH = "cohort-graph"
COHORT_TITLE = "cohort-title"
COHORT_NUMBERS = "cohort-numbers"
COHORT_FLAGS = "cohort-flags"
COHORT_RATES = "cohort-rates"

# coaching
COACHING_CONTEXT = "coaching-context"
COACHING_SUBJECT = "coaching-subject"
COACHING_MEASURE = "coaching-measure"
COACHING_BASELINE = "coaching-baseline"
COACHING_ENDLINE = "coaching-endline"
COACHING_REGION = "coaching-region"
COACHING_QUINTILES = "coaching-quintiles"
COACHING_SCHOOL_TYPE = "coaching-school-type"
COACHING_LANGUAGE = "coaching-language"
COACHING_FLOOR = "coaching-floor"
COACHING_CEILING = "coaching-ceiling"
COACHING_MIN_SCHOOLS = "coaching-min-schools"
COACHING_VERDICT = "coaching-verdict"
COACHING_GRAPH = "coaching-graph"
COACHING_SUBTITLE = "coaching-subtitle"
COACHING_DISTRIBUTION = "coaching-distribution"
COACHING_TABLES = "coaching-tables"
COACHING_REGION_BARS = "coaching-region-bars"
COACHING_REGION_MAP = "coaching-region-map"
COACHING_REGION_NOTE = "coaching-region-note"
IMPACT_SELECTION = "impact-selection"
IMPACT_VERDICT = "impact-verdict"
IMPACT_EVENT_STUDY = "impact-event-study"
IMPACT_FOREST = "impact-forest"
IMPACT_BALANCE = "impact-balance"
IMPACT_NOTES = "impact-notes"
IMPACT_TABLES = "impact-tables"

# programme
PROGRAMME_CONTEXT = "programme-context"
PROGRAMME_CURRENCY = "programme-currency"
PROGRAMME_RATIO = "programme-ratio"
PROGRAMME_SURVEY = "programme-survey"
PROGRAMME_INDICATOR = "programme-indicator"
PROGRAMME_HISTORY = "programme-history"
PROGRAMME_EXPENDITURE = "programme-expenditure"
PROGRAMME_SCATTER = "programme-scatter"
PROGRAMME_RATIO_BARS = "programme-ratio-bars"
PROGRAMME_SUMMARY = "programme-summary"
PROGRAMME_FOCALISATION = "programme-focalisation"
PROGRAMME_VIEWS = "programme-views"
PROGRAMME_RESULTS = "programme-results"
PROGRAMME_RESULTS_TABLE = "programme-results-table"
PROGRAMME_DISBURSEMENTS = "programme-disbursements"
