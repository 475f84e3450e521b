-- Lesson 52: supply-driven, one-way technology transfer underperforms when
-- the obstacles are inside firms (skills, organization, management). A
-- diffusion mix dominated by Level 1 (Table 2-6) after catch-up is the sign.
local stage_of = require("sme.stage")
local levels = require("diffusion.levels")

return {
  id = "diffusion_supply_driven_antipattern",
  title = "Supply-driven technology transfer misses obstacles inside firms",
  source = {
    chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
    table = "2-6",
    quote = "While experience with supply-driven programs had been mixed, survey evidence had " ..
      "shown that many of the obstacles to diffusion were internal to the firm",
    lines = "L947",
  },
  requires = { "diffusion.programs", "derived.stage.id" },
  tags = { "diffusion", "technology", "antipattern" },
  measures = { "diffusion_budget_rebalancing", "diffusion_l2_technical_assistance_extension",
               "absorptive_capacity_human_capital" },

  evaluate = function(p, ctx)
    -- Level 1 is the catch-up tool (lesson 51)
    if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
    local by = levels.classify(p.diffusion.programs)
    if not levels.complete(by, ctx) then return end
    ctx:note(levels.describe(by))
    local level1, basis = levels.share(by, 1)
    if level1 == nil then return end -- no programme, nothing supply-driven (lesson 51)
    local level2 = levels.share(by, 2)
    local max1 = ctx:threshold("level1_share_max_pct")
    local supply_driven, share_evidence = ctx:check{ field = "diffusion.programs", value = level1,
      op = ">", config = "level1_share_max_pct", note = "Level 1 share of the mix by " .. basis }
    if not supply_driven then return end
    local evidence = { share_evidence }
    for _, prog in ipairs(by[1]) do
      evidence[#evidence + 1] = { field = string.format("diffusion.programs.%d.type", prog.index),
                                  note = "Level 1: one-way transfer of a specific technology" }
    end
    evidence[#evidence + 1] = stage_of.evidence(p)
    ctx:finding{
      id = "supply_driven_diffusion",
      severity = "warning",
      title = "Diffusion spending goes to one-way technology transfer",
      message = string.format("Level 1 programmes (transfer of specific technologies) make up " ..
        "%.0f%% of the diffusion mix by %s (more than %s%%), and programmes that build firms' " ..
        "receptor capacity (Level 2) only %.0f%%. Past catch-up, the obstacles are mostly " ..
        "inside firms, in skills, organization and management [L947]; OECD countries turned " ..
        "to absorptive capacity from the mid-1980s [L949], and Korea's own diffusion policy " ..
        "had 'not paid enough attention to the conditions under which technology was " ..
        "diffused' [L970]. Rebalance the budget towards technical assistance, extension and " ..
        "training of engineers and managers in firms before adding money. Programmes by " ..
        "level: %s.", level1, basis, max1, level2, levels.describe(by)),
      evidence = evidence,
      measures = { "diffusion_budget_rebalancing", "diffusion_l2_technical_assistance_extension",
                   "absorptive_capacity_human_capital" },
    }
  end,
}
