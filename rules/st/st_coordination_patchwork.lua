-- Lesson 29 (st_coordination_patchwork): many ministries running overlapping
-- S&T and SME programmes produce a patchwork; coordinate through a body with
-- budget leverage. In the early 1990s Korea's programmes "gave the impression
-- of a patchwork of poorly related policy measures. This was the result of a
-- lack of coordination and related ministerial rivalries" [L479]; in IT "The
-- most crucial issue seemed to be the coordination of actors whose interests
-- did not necessarily coincide" [L546]. Korea also consolidated its confusing
-- SME designation categories under "Promising SMBs" (fn 39 [L661]).
return {
  id = "st_coordination_patchwork",
  title = "Coordinate ministries' S&T and SME programmes through a body with budget leverage",
  source = {
    chapter = 1, section = "Scientific and Technological Development",
    quote = "gave the impression of a patchwork of poorly related policy measures",
    lines = "L479",
  },
  tags = { "st", "governance", "transition" },
  measures = { "st_policy_coordination_body", "program_consolidation" },

  evaluate = function(p, ctx)
    local gov = p.governance or {}
    local ministries, budget_lever = gov.ministries_running_sme_st_programs,
                                     gov.coordination_body_controls_budget
    local count = p.sme and p.sme.support_programs_count
    if ministries == nil and count == nil then
      ctx:missing("governance.ministries_running_sme_st_programs", "sme.support_programs_count")
      return
    end
    -- several ministries: then the coordination body and its budget lever must be known
    local several, ministries_evidence
    if ministries ~= nil then
      several, ministries_evidence = ctx:check{ field = "governance.ministries_running_sme_st_programs",
                                                op = ">=", config = "ministries_min" }
    end
    if several then
      local absent, body_evidence = ctx:check{ field = "institutions.st_coordination_body.present",
                                               op = "==", threshold = false }
      local toothless, lever_evidence
      if absent == false then
        toothless, lever_evidence = ctx:check{ field = "governance.coordination_body_controls_budget",
                                               op = "==", threshold = false }
      end
      if absent or toothless then
        local evidence = { ministries_evidence,
                           absent and body_evidence or { field = "institutions.st_coordination_body.present" } }
        if toothless then evidence[#evidence + 1] = lever_evidence end
        ctx:finding{
          id = "st_sme_patchwork",
          severity = "warning",
          title = "Several ministries run S&T and SME programmes without effective coordination",
          message = string.format(
            "%d ministries run their own S&T or SME programmes and %s. Korea's early-1990s " ..
            "programmes looked like \"a patchwork of poorly related policy measures\", the result " ..
            "of weak coordination and ministerial rivalries [L479]. Give one coordination body " ..
            "leverage over the ministries' programme budgets and consolidate overlapping " ..
            "programmes.", ministries,
            toothless and "the coordination body has no say over their budgets"
              or "no body coordinates them"),
          evidence = evidence,
          measures = { "st_policy_coordination_body", "program_consolidation" },
        }
      end
    end
    local many, count_evidence
    if count ~= nil then
      many, count_evidence = ctx:check{ field = "sme.support_programs_count", op = ">",
                                        config = "support_programs_max" }
    end
    if many then
      ctx:finding{
        id = "too_many_support_programmes",
        severity = "advice",
        title = "SME support is spread over many separate programmes",
        message = string.format(
          "There are %d national SME support programmes. Korea consolidated its \"diverse and " ..
          "confusing\" SME categories under one designation (fn 39 [L661]). Consolidate " ..
          "overlapping programmes so firms and evaluators can see what each one does.", count),
        evidence = { count_evidence },
        measures = { "program_consolidation" },
      }
    end
  end,
}
