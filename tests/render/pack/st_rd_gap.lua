-- Shares a missing field with wto_export_rule, so collecting it unlocks two rules.
return {
  id = "st_rd_gap",
  title = "Private R&D",
  source = { chapter = 1, section = "S&T", quote = "R&D" },
  requires = { "sme.rd_performing_pct" },
  tags = { "science" },
  evaluate = function(p, ctx) error("never runs: its data is missing") end,
}
