"""The coaching programme (Acompañamiento Pedagógico) and the Basic Education Project loan 8226-PE.

`reference` reads the committed tables that hold the papers' printed figures, `calculations` makes the paper's
regional ratios and summaries, `demo` is the synthetic regional table calibrated to those summaries. The page
itself is `dashboard.views.programme`.
"""
