-- Lesson 39: a widening SME-large firm wage gap keeps SMEs from hiring
-- skilled people and erodes their innovativeness. Level and trend are read
-- separately (Table 2-2: Korea 80.5 in 1980, 66.7 in 1992 [L811-814]).
local sizeclass = require("sme.sizeclass")

local FIELD = "sme.wage_ratio_pct.all_sme"

local WHY = "The report's reading of Korea: the wider the wage and working-conditions gap, the " ..
  "harder it is for SMEs to hire qualified people [L879], and skilled labour is the " ..
  "precondition for SMEs that compete on quality and flexibility [L881]; without it they lose " ..
  "innovativeness and, in the end, employment share."
local WHAT = "Improve SME skills and working conditions (consignment and skilled-worker " ..
  "training, retired-expert volunteers [L716], [L762]). A foreign-trainee scheme (Korea 1993) " ..
  "relieves shortages but does not build skills."

return {
  id = "sme_wage_skill_gap",
  title = "A widening SME wage gap blocks hiring of skilled staff",
  source = {
    chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
    table = "2-2",
    quote = "The greater the difference between wages and working conditions in firms in " ..
      "different size categories, the more difficult it was for SMBs to hire better",
    lines = "L879",
  },
  requires = { FIELD },
  tags = { "sme", "labour", "skills" },
  measures = { "sme_skills_and_working_conditions" },

  evaluate = function(p, ctx)
    local level = p.sme.wage_ratio_pct.all_sme
    local low_below = ctx:threshold("low_level_below")
    local low, level_evidence = ctx:check{ field = FIELD, op = "<", config = "low_level_below",
                                           benchmark = 66.7, note = "Korea 1992 (Table 2-2)" }
    if not low then
      -- the level is cited as it stands against the cut-off
      level_evidence = { field = FIELD, op = ">=", threshold = low_below, benchmark = 66.7,
                         note = "Korea 1992 (Table 2-2)" }
    end
    -- the trend: an unknown earlier ratio is a data gap
    local t = sizeclass.trend(p, ctx, FIELD, true)
    local widening, evidence
    if t then
      widening, evidence = sizeclass.check(ctx, t, "<=", -ctx:threshold("widening_points_per_decade"))
    end
    if widening then
      evidence[#evidence + 1] = level_evidence
      ctx:finding{
        id = low and "sme_wage_gap_widening" or "sme_wage_gap_widening_from_high_level",
        severity = low and "warning" or "advice",
        title = low and "SME wages are low relative to large firms' and falling further behind"
          or "SME wages are falling behind large firms'",
        message = string.format("SME wages per worker, as a share of large establishments', " ..
          "went from %s (%+.1f points). Korea's went from 80.5 (1980) to 66.7 (1992) [L811-814]. " ..
          "%s %s%s", sizeclass.describe(t), t.change, WHY, WHAT,
          low and "" or string.format(" The level (%.1f) is still above %s, so there is time " ..
            "to act before the gap becomes a hiring barrier.", level, low_below)),
        evidence = evidence,
        measures = { "sme_skills_and_working_conditions" },
      }
    elseif low then
      ctx:finding{
        id = "sme_wage_gap_low",
        severity = "advice",
        title = "SME wages are low relative to large firms'",
        message = string.format("SME wages per worker are %.1f%% of large establishments' " ..
          "(Korea 1992: 66.7). %s %s %s", level, t and string.format("The gap is not widening " ..
          "(%s).", sizeclass.describe(t)) or "Whether it is widening is unknown (no earlier " ..
          "observation in history).", WHY, WHAT),
        evidence = { level_evidence },
        measures = { "sme_skills_and_working_conditions" },
      }
    end
  end,
}
