-- Needs fields the test profile lacks: it becomes two data gaps.
return {
  id = "wto_export_rule",
  title = "Export subsidies need WTO membership facts",
  source = { chapter = 1, section = "Take-off", quote = "export" },
  requires = { "wto.member", "sme.rd_performing_pct" },
  tags = { "wto" },
  evaluate = function(p, ctx) error("never runs: its data is missing") end,
}
