-- Test rule: asks for every measure of the test catalogue but law, agency
-- and fund, from two findings, so the plan stage has something to order.
return {
  id = "recommend_all",
  title = "Recommends the test catalogue",
  source = { chapter = 2, section = "test", quote = "test", lines = "L1" },
  requires = {},
  tags = { "test" },
  measures = { "programme", "upgrade", "tech_fund", "cluster", "frontier" },

  evaluate = function(p, ctx)
    ctx:finding{
      id = "support_gap", severity = "warning", title = "Support gap", message = "test",
      evidence = { { field = "country.iso3" } },
      measures = { "upgrade", "programme", "tech_fund" },
    }
    ctx:finding{
      id = "cluster_gap", severity = "advice", title = "Cluster gap", message = "test",
      evidence = { { field = "country.iso3" } },
      measures = { "cluster", "frontier", "upgrade" },
    }
  end,
}
