-- Lesson 43: fast growth in SME training supply without evidence of effect,
-- with weak trainer quality, or delivered through new organizations that
-- displace established ones [L774].
local programs = require("sme.programs")

local function cite(quote, lines)
  return { chapter = 2, section = "SME Promotion Policy", quote = quote, lines = lines }
end


return {
  id = "sme_training_evidence_antipattern",
  title = "SME training that grows without evidence, quality or established channels",
  source = cite("research has not been able to prove a link between training and business " ..
    "performance", "L774"),
  requires = {},
  tags = { "sme", "training", "evaluation", "antipattern" },
  measures = { "sme_policy_evaluation_framework", "sme_training_via_established_networks" },

  evaluate = function(p, ctx)
    local sme = p.sme or {}
    local growth = sme.training_supply_growth_3y_pct
    -- the growth of supported training: unknown is a data gap
    local rapid, growth_evidence = ctx:check{ field = "sme.training_supply_growth_3y_pct", op = ">",
                                              config = "rapid_growth_3y_pct" }
    if rapid then
      local training = programs.select(p, function(prog) return prog.purpose == "training" end)
      if p.sme_programs == nil or #training == 0 then
        ctx:missing("sme_programs") -- the training programmes and their evaluation
      else
        local unevaluated, evidence = programs.flag(ctx, training, "evaluation",
                                                    { op = "==", threshold = "none" })
        if #unevaluated > 0 then
          table.insert(evidence, 1, growth_evidence)
          ctx:finding{
            id = "training_growth_without_evidence",
            severity = "warning",
            title = "SME training supply is growing fast with no evidence that it works",
            message = string.format("Publicly supported SME training grew %.0f%% in three years, " ..
              "and these training programmes have never been evaluated: %s. Korea's training " ..
              "supply also 'increased rapidly in the 1990s', yet 'research has not been able to " ..
              "prove a link between training and business performance' [L774]. Evaluate before " ..
              "scaling further, and deliver through established organizations.", growth,
              table.concat(unevaluated, ", ")),
            evidence = evidence,
            measures = { "sme_policy_evaluation_framework", "sme_training_via_established_networks" },
          }
        end
      end
    end

    local share = sme.training_new_providers_share_pct
    local standards = sme.trainer_quality_standards
    if share == nil and standards == nil then
      ctx:missing("sme.training_new_providers_share_pct", "sme.trainer_quality_standards")
      return
    end
    -- either is enough; each is judged when stated
    local reasons, evidence = {}, {}
    if share ~= nil then
      local displacing, entry = ctx:check{ field = "sme.training_new_providers_share_pct", op = ">",
                                           config = "new_providers_max_pct" }
      if displacing then
        reasons[#reasons + 1] = string.format("%.0f%% of it is delivered by newly created " ..
          "organizations", share)
        evidence[#evidence + 1] = entry
      end
    end
    if standards ~= nil then
      local unchecked, entry = ctx:check{ field = "sme.trainer_quality_standards", op = "==",
                                          threshold = false }
      if unchecked then
        reasons[#reasons + 1] = "trainers and consultants face no quality standards"
        evidence[#evidence + 1] = entry
      end
    end
    if #reasons == 0 then return end
    ctx:finding{
      id = "training_displaces_established_providers",
      severity = "advice",
      title = "SME training bypasses established providers or lacks quality standards",
      message = "In supported SME training, " .. table.concat(reasons, ", and ") .. ". The " ..
        "report warns of 'the displacement of existing institutions' as funds move to new " ..
        "kinds of training, and of the quality of consultants and trainers [L774]: 'It could " ..
        "be more effective to deliver training through well-established organizations and " ..
        "networks rather than set up new organizations.'",
      evidence = evidence,
      measures = { "sme_training_via_established_networks" },
      source = cite("It could be more effective to deliver training through well-established " ..
        "organizations and networks rather than set up new organizations.", "L774"),
    }
  end,
}
