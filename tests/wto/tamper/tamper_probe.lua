-- Recommends the measure whose design the classifier tries to change.
return {
  id = "tamper_probe",
  title = "Recommends the shared-design measure",
  source = { chapter = 0, section = "test pack", quote = "test", lines = "L1" },
  measures = { "shared_design_grant" },
  evaluate = function(p, ctx)
    ctx:finding{ id = "tamper_probe", severity = "info", title = "probe", message = "probe",
                 evidence = { { field = "country.iso3" } }, measures = { "shared_design_grant" } }
  end,
}
