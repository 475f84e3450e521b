-- Lesson 44 (footnote 45): SME programmes need stability and rigorous
-- evaluation (take-up, matched comparisons, longitudinal data). Programmes
-- never evaluated, or redesigned for budget or political reasons rather than
-- on evidence, are warnings with the evaluation measures.
local programs = require("sme.programs")

-- fn 45: rigorous evaluation compares with matched firms or follows them over time [L770]
local NOT_RIGOROUS = { "none", "matched_comparison", "longitudinal" }
local EXTRANEOUS = { "budget", "political" }

local function cite(quote, lines, footnote)
  return { chapter = 2, section = "SME Promotion Policy", footnote = footnote, quote = quote,
           lines = lines }
end

return {
  id = "sme_policy_stability_evaluation",
  title = "SME programmes need stability and rigorous evaluation",
  source = cite("switches in support policy were not always based on careful assessments", "L766"),
  requires = { "sme_programs" },
  tags = { "sme", "evaluation", "governance", "antipattern" },
  measures = { "sme_policy_evaluation_framework", "program_stability_commitment" },

  evaluate = function(p, ctx)
    local all = programs.select(p, function() return true end)
    if #all == 0 then return end
    local never, never_evidence = programs.flag(ctx, all, "evaluation",
                                                { op = "==", threshold = "none" })
    local shallow, shallow_evidence = programs.flag(ctx, all, "evaluation",
                                                    { op = "not_in", threshold = NOT_RIGOROUS })
    local switched, switched_evidence = programs.flag(ctx, all, "last_redesign_reason",
                                                      { op = "in", threshold = EXTRANEOUS })

    if #never > 0 then
      ctx:finding{
        id = "programmes_without_evaluation",
        severity = "warning",
        title = "SME programmes run without any evaluation",
        message = "These programmes have never been evaluated: " .. table.concat(never, ", ") ..
          ". Korea's experts called for 'more comprehensive evaluations of existing policies' " ..
          "[L766]. Build evaluation into each programme: take-up, the views of delivery " ..
          "agencies and recipients, comparison with matched non-assisted firms, longitudinal " ..
          "indicators, and a knowledge base of results (fn 45), so that it does not become 'a " ..
          "ritual rather than a rigorous examination' [L770].",
        evidence = never_evidence,
        measures = { "sme_policy_evaluation_framework" },
        source = cite("become a ritual rather than a rigorous examination", "L770", 45),
      }
    end
    if #shallow > 0 then
      ctx:finding{
        id = "evaluation_not_rigorous",
        severity = "advice",
        title = "SME programme evaluations stop at take-up or recipient views",
        message = "These programmes are evaluated only by take-up or recipients' opinions: " ..
          table.concat(shallow, ", ") .. ". Footnote 45 calls these best practice but not " ..
          "rigorous: add comparison of assisted with matched non-assisted firms and " ..
          "longitudinal data over a significant period [L770].",
        evidence = shallow_evidence,
        measures = { "sme_policy_evaluation_framework" },
        source = cite("comparison of performance of assisted with non-assisted", "L770", 45),
      }
    end
    if #switched > 0 then
      ctx:finding{
        id = "programmes_redesigned_without_evidence",
        severity = "warning",
        title = "SME programmes are redesigned for budget or political reasons",
        message = "These programmes were last redesigned for budget or political reasons, not " ..
          "on evaluation: " .. table.concat(switched, ", ") .. ". In Korea 'switches in " ..
          "support policy were not always based on careful assessments' but on budgetary " ..
          "constraints [L766], while the successful programmes were stable and refined after " ..
          "evaluation, and 'the risk of terminating policies before they have been given a " ..
          "chance to achieve their full potential is great' [L768]. Commit to a minimum " ..
          "programme life and change programmes on evaluation evidence.",
        evidence = switched_evidence,
        measures = { "program_stability_commitment", "sme_policy_evaluation_framework" },
      }
    end
  end,
}
