-- Lesson 53: a negligible share of the industrial technology budget for
-- diffusion under-serves SMEs (Korea MOTIE: 5% [L544], judged negligible
-- [L937]). Rebalance and co-fund local infrastructure with the regions.
local FIELD = "diffusion.budget_share_of_industrial_tech_pct"

return {
  id = "diffusion_budget_share",
  title = "A negligible diffusion budget under-serves SMEs",
  source = {
    chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
    quote = "the total government R&D budget devoted to this task was negligible",
    lines = "L937",
  },
  requires = { FIELD },
  tags = { "diffusion", "budget", "sme" },
  measures = { "diffusion_budget_rebalancing", "matching_funds_local_tech_infra" },

  evaluate = function(p, ctx)
    local share = p.diffusion.budget_share_of_industrial_tech_pct
    local small, small_evidence = ctx:check{ field = FIELD, op = "<", config = "advice_below_pct",
                                             benchmark = 5, note = "Korea MOTIE, 1990s [L544]" }
    if not small then return end
    local negligible, negligible_evidence = ctx:check{ field = FIELD, op = "<",
      config = "warning_below_pct", benchmark = 5, note = "Korea MOTIE, 1990s [L544]" }
    ctx:finding{
      id = negligible and "diffusion_budget_negligible" or "diffusion_budget_low",
      severity = negligible and "warning" or "advice",
      title = negligible and "Diffusion gets a negligible share of the technology budget"
        or "Diffusion gets a small share of the technology budget",
      message = string.format("Diffusion to firms receives %.1f%% of the industrial technology " ..
        "budget. Korea's MOTIE gave it 5%% while firm-requested R&D took 55%% and large focused " ..
        "projects 40%% [L544], and the report judged the diffusion share negligible: " ..
        "'Technology policy required some redistribution of the government budget' [L937]. " ..
        "Shift money from large focused projects to diffusion%s.", share,
        negligible and ", and have the centre match local funds for technology information " ..
          "offices, open laboratories in local colleges and incubators [L937]" or ""),
      evidence = { negligible and negligible_evidence or small_evidence },
      measures = negligible and { "diffusion_budget_rebalancing", "matching_funds_local_tech_infra" }
        or { "diffusion_budget_rebalancing" },
    }
  end,
}
