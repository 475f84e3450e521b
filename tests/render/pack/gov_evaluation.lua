-- Info finding with a range test.
return {
  id = "gov_evaluation",
  title = "Evaluate programmes before redesigning them",
  source = { chapter = 2, section = "SME Promotion Policy", footnote = 45, quote = "evaluation" },
  tags = { "governance" },
  measures = { "sme_policy_evaluation_framework" },
  evaluate = function(p, ctx)
    ctx:finding{
      id = "gov_no_evaluation",
      severity = "info",
      title = "No programme has been evaluated",
      message = "Programmes are redesigned for budget reasons, not on evidence.",
      evidence = { { field = "governance.performance_monitoring", value = false },
                   { field = "sme.support_programs_count", value = 1234567, op = "between", threshold = { 5, 20 } } },
      measures = { "sme_policy_evaluation_framework" },
    }
  end,
}
