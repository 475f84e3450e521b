-- Lesson 41: identify innovative and venture SMEs by objective criteria
-- (R&D of 5% of sales or more, venture-capital investment, patents or new
-- technology: the 1997 Act [L718]) and support them for long enough (2,000
-- SMEs for 10 years from 1992 [L710]). From the transition stage.
local stage_of = require("sme.stage")
local programs = require("sme.programs")

local function cite(quote, lines)
  return { chapter = 2, section = "SME Promotion Policy", quote = quote, lines = lines }
end

return {
  id = "sme_innovative_targeting_rnd_intensity",
  title = "Select innovative SMEs by objective R&D criteria and support them long enough",
  source = cite("The government selected 2,000 SMEs whose R&D spending exceeded 5 percent of " ..
    "sales and supported them for 10 years.", "L710"),
  requires = { "derived.stage.id" },
  tags = { "sme", "rd", "targeting" },
  measures = { "venture_certification_criteria", "innovative_sme_rnd_support" },

  evaluate = function(p, ctx)
    -- the R&D base comes first (lesson 40)
    if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
    -- how innovative SMEs are identified: unknown is a data gap
    local subjective, criteria_evidence = ctx:check{ field = "sme.innovative_sme_criteria", op = "~=",
                                                     threshold = "objective" }
    if subjective then
      local criteria = p.sme.innovative_sme_criteria
      ctx:finding{
        id = "no_objective_innovative_sme_criteria",
        severity = "advice",
        title = "Innovative SMEs are not identified by objective criteria",
        message = string.format("Innovative or venture SMEs are identified %s. Korea's 1997 " ..
          "venture act used three objective tests: venture-capital investment, 'a company that " ..
          "invested 5 percent or more of sales into R&D', or patents and new technologies " ..
          "[L718]. Adopt such criteria before targeting R&D support; discretionary picking of " ..
          "'fast growers' fails because they are 'extremely difficult to identify' [L776].",
          criteria == "none" and "by no criteria at all" or "at officials' discretion"),
        evidence = { criteria_evidence, stage_of.evidence(p) },
        measures = { "venture_certification_criteria", "innovative_sme_rnd_support" },
        source = cite("a company that invested 5 percent or more of sales into R&D", "L718"),
      }
    end
    local rd = programs.select(p, function(prog) return prog.purpose == "rd" end)
    if p.sme_programs == nil then
      ctx:missing("sme_programs")
      return
    end
    local min_years = ctx:threshold("min_support_years")
    local short, evidence = programs.flag(ctx, rd, "max_support_years",
                                          { op = "<", config = "min_support_years" })
    if #short == 0 then return end
    ctx:finding{
      id = "innovative_sme_support_too_short",
      severity = "advice",
      title = "R&D support for innovative SMEs is too short to pay off",
      message = string.format("These SME R&D programmes support firms for less than %d years: " ..
        "%s. Korea supported 2,000 SMEs spending over 5%% of sales on R&D for 10 years [L710]; " ..
        "R&D capability accumulates slowly, and support programmes 'take time to make an " ..
        "impact' [L768].", min_years, table.concat(short, ", ")),
      evidence = evidence,
      measures = { "innovative_sme_rnd_support" },
    }
  end,
}
