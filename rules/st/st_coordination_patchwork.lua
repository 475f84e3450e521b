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
    local ministries_min = ctx:threshold("ministries_min")
    if ministries ~= nil and ministries >= ministries_min then
      local body = p.institutions and p.institutions.st_coordination_body
      local present = body and body.present
      if present == nil then
        ctx:missing("institutions.st_coordination_body.present")
      elseif present and budget_lever == nil then
        ctx:missing("governance.coordination_body_controls_budget")
      elseif not present or budget_lever == false then
        local evidence = { { field = "governance.ministries_running_sme_st_programs", op = ">=",
                             threshold = ministries_min },
                           { field = "institutions.st_coordination_body.present" } }
        if present then
          evidence[#evidence + 1] = { field = "governance.coordination_body_controls_budget" }
        end
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
            present and "the coordination body has no say over their budgets"
              or "no body coordinates them"),
          evidence = evidence,
          measures = { "st_policy_coordination_body", "program_consolidation" },
        }
      end
    end
    local count_max = ctx:threshold("support_programs_max")
    if count ~= nil and count > count_max then
      ctx:finding{
        id = "too_many_support_programmes",
        severity = "advice",
        title = "SME support is spread over many separate programmes",
        message = string.format(
          "There are %d national SME support programmes. Korea consolidated its \"diverse and " ..
          "confusing\" SME categories under one designation (fn 39 [L661]). Consolidate " ..
          "overlapping programmes so firms and evaluators can see what each one does.", count),
        evidence = { { field = "sme.support_programs_count", op = ">", threshold = count_max } },
        measures = { "program_consolidation" },
      }
    end
  end,
}
