-- Recommends the test catalogue's sound measures.
return {
  id = "wto_design_probe",
  title = "Recommends the measures of the design test catalogue",
  source = { chapter = 0, section = "test pack", quote = "test", lines = "L1" },
  measures = { "export_incentive", "input_duty_drawback", "machinery_localization",
               "credit_guarantee", "plant_finance", "evaluation_unit" },
  evaluate = function(p, ctx)
    ctx:finding{
      id = "design_probe", severity = "info", title = "probe", message = "probe",
      evidence = { { field = "country.iso3" } },
      measures = { "export_incentive", "input_duty_drawback", "machinery_localization",
                   "plant_finance", "evaluation_unit" },
    }
  end,
}
