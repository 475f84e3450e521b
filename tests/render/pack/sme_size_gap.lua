-- Stands in for lesson 38 and 39's rules: it cites the SME productivity and
-- wage ratios of every size class as evidence, which is where the HTML
-- report's size-class chart reads them. The values are this fixture's own
-- (the profile schema of the day may not carry the fields yet).
local PRODUCTIVITY = { size_5_19 = 28.5, size_20_99 = 41.0, size_100_299 = 70.25, all_sme = 44.8 }
local WAGES = { size_5_19 = 51.2, size_20_99 = 63.0, all_sme = 64.1 }
local CLASSES = { "size_5_19", "size_20_99", "size_100_299", "all_sme" }

return {
  id = "sme_size_gap",
  title = "SME productivity and wage gaps by size class",
  source = { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
             table = "2-2", quote = "further decreased to 47.0 by 1992", lines = "L794" },
  tags = { "sme" },
  measures = { "sme_size_class_statistics", "sme_skills_and_working_conditions" },
  evaluate = function(p, ctx)
    local productivity, wages = {}, {}
    for _, class in ipairs(CLASSES) do
      productivity[#productivity + 1] = { field = "sme.productivity_ratio_pct." .. class,
        value = PRODUCTIVITY[class], benchmark = { korea_1992 = 47.0, japan_1991 = 49.5 } }
      if WAGES[class] then
        wages[#wages + 1] = { field = "sme.wage_ratio_pct." .. class, value = WAGES[class], op = "<", threshold = 70 }
      end
    end
    ctx:finding{
      id = "sme_productivity_gap_wide",
      severity = "warning",
      title = "The SME productivity gap is wider than Korea's in 1992",
      message = "Value added per worker in SMEs is 44.8% of large establishments' (Korea 1992: 47.0).",
      evidence = productivity,
      measures = { "sme_size_class_statistics" },
    }
    ctx:finding{
      id = "sme_wage_gap",
      severity = "advice",
      title = "SME wages trail large firms'",
      message = "SMEs pay 64.1% of large establishments' wages per worker.",
      evidence = wages,
      measures = { "sme_skills_and_working_conditions" },
    }
  end,
}
