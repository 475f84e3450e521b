-- Recommends the catalogue's defective measure.
return {
  id = "wto_design_probe_broken",
  title = "Recommends a measure no design of which is permitted",
  source = { chapter = 0, section = "test pack", quote = "test", lines = "L1" },
  measures = { "broken_export_grant" },
  evaluate = function(p, ctx)
    ctx:finding{
      id = "design_probe_broken", severity = "info", title = "probe", message = "probe",
      evidence = { { field = "country.iso3" } },
      measures = { "broken_export_grant" },
    }
  end,
}
