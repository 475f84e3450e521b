-- Lesson 1 (stage_phase_classifier), first part: the country's stage from
-- its technological capability (Table S-1), mapped as lessons.md §0.1
-- proposes: operational -> catch_up; duplicative, adaptive -> transition;
-- innovative -> innovation. Rules read it as p.derived.stage.
local STAGE_OF_CAPABILITY = {
  operational = "catch_up",
  duplicative = "transition",
  adaptive = "transition",
  innovative = "innovation",
}

return {
  id = "stage",
  kind = "indicator",
  title = "Development stage from technological capability (Table S-1)",
  requires = { "technology.capability_stage" },

  derive = function(p, ctx)
    local capability = p.technology.capability_stage
    return {
      id = STAGE_OF_CAPABILITY[capability],
      capability = capability,
      evidence = { { field = "technology.capability_stage", value = capability } },
    }
  end,
}
