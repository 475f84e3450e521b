-- Lesson 2 (tech_capability_sequence), a gate: production capability
-- before investment capability, investment before innovation (Ch.2 §3
-- [L1042]; Table S-1). Public technology money aimed at innovation while a
-- country still learns to operate plant skips a stage; a country past the
-- operational stage without local capital-goods makers lacks investment
-- capability; an adaptive or innovative country that keeps funding only
-- production support under-invests in innovation capability.
-- Inputs: the stage (p.derived.stage), technology.innovation_budget_share_pct,
-- technology.local_machinery_share_pct. Thresholds are proposed (config.yaml).
return {
  id = "tech_capability_sequence",
  title = "Build production, then investment, then innovation capability",
  source = {
    chapter = 2, section = "Implications for Latecomers", table = "S-1",
    quote = "Production capabilities are developed in advance of investment capabilities.",
    lines = "L1042",
  },
  requires = { "derived.stage.id" },
  tags = { "stage", "technology" },
  measures = {
    "buyer_linkage_program", "capital_goods_import_access",
    "turnkey_with_local_engineer_participation", "imitation_learning_support",
    "parts_materials_localization_rnd", "in_firm_rnd_centers",
    "basic_research_centers_competitive",
  },

  evaluate = function(p, ctx)
    local stage = p.derived.stage
    local tech = p.technology or {}
    local share, local_machinery = tech.innovation_budget_share_pct, tech.local_machinery_share_pct
    if share == nil and local_machinery == nil then
      ctx:missing("technology.innovation_budget_share_pct", "technology.local_machinery_share_pct")
      return
    end
    -- late in the sequence: the innovation stage, or firms already adapting designs
    local late, late_evidence = ctx:check{ field = "derived.stage.id", op = "==",
                                           threshold = "innovation" }
    if not late and stage.capability ~= nil then
      late, late_evidence = ctx:check{ field = "derived.stage.capability", op = "==",
                                       threshold = "adaptive" }
    end

    -- innovation spending ahead of production capability
    local catch_up, catch_up_evidence
    if not late then
      catch_up, catch_up_evidence = ctx:check{ field = "derived.stage.id", op = "==",
                                               threshold = "catch_up" }
    end
    local skipping, share_evidence
    if catch_up and share ~= nil then
      skipping, share_evidence = ctx:check{ field = "technology.innovation_budget_share_pct", op = ">",
                                            config = "innovation_budget_share_max" }
    end
    if skipping then
      ctx:finding{
        id = "stage_skipping_innovation_spending",
        severity = "warning",
        title = "Technology spending aims at innovation before production capability exists",
        message = string.format(
          "%.0f%% of public technology spending targets innovation capability (research " ..
          "institutes, basic research, R&D grants) while the country is still at the catch-up " ..
          "stage. Korea built production capability first: until the mid-1970s its technology " ..
          "strategy \"largely operated on the accumulation of production capability\" [L314], " ..
          "and process technology came from local sources five to ten years after it was first " ..
          "introduced [L440]. Shift the bulk of the budget to production capability: buyer " ..
          "linkages, access to imported capital goods, turnkey plants with local engineers.", share),
        evidence = { catch_up_evidence, share_evidence },
        measures = { "buyer_linkage_program", "capital_goods_import_access",
                     "turnkey_with_local_engineer_participation" },
      }
    end

    -- thin investment capability before the late stages
    local thin, machinery_evidence
    if not late and local_machinery ~= nil then
      thin, machinery_evidence = ctx:check{ field = "technology.local_machinery_share_pct", op = "<",
        config = "local_machinery_share_min", benchmark = 50,
        note = "Korea 1990s: automobiles about 50%, petrochemicals about 60% [L460]" }
    end
    if thin then
      ctx:finding{
        id = "capability_gap",
        severity = "advice",
        title = "Investment capability is thin: little machinery is made locally",
        message = string.format(
          "Only %.0f%% of the machinery used in major industries is made locally. Investment " ..
          "capability (designing, building and expanding plant) grows out of production " ..
          "capability through engineers who take part in each new plant and capital-goods " ..
          "makers who copy and adapt imported equipment [L442][L444]. Even in the 1990s Korea " ..
          "had localized only about 50%% of automobile and 60%% of petrochemical machinery " ..
          "[L460]. %s", local_machinery,
          catch_up and "Plan turnkey plants with growing local engineering roles and support " ..
            "small capital-goods makers that learn by imitation."
            or "Support imitation learning by capital-goods makers and fund localization R&D " ..
            "for parts and materials."),
        evidence = { catch_up and catch_up_evidence or { field = "derived.stage.id", value = stage.id },
                     machinery_evidence },
        measures = catch_up
          and { "turnkey_with_local_engineer_participation", "imitation_learning_support" }
          or { "imitation_learning_support", "parts_materials_localization_rnd" },
      }
    end

    -- too little for innovation capability once late
    local underfunded, late_share_evidence
    if late and share ~= nil then
      underfunded, late_share_evidence = ctx:check{ field = "technology.innovation_budget_share_pct",
                                                    op = "<", config = "innovation_budget_share_min_late" }
    end
    if underfunded then
      ctx:finding{
        id = "innovation_capability_underfunded",
        severity = "advice",
        title = "An adaptive or innovative economy spends little on innovation capability",
        message = string.format(
          "Only %.0f%% of public technology spending targets innovation capability although " ..
          "firms already adapt designs and re-engineer processes (Table S-1). Innovation " ..
          "capability is the next step of the sequence [L1042]: fund in-firm R&D centres and " ..
          "competitive basic-research centres.", share),
        evidence = late_evidence.field == "derived.stage.id"
          and { late_evidence, late_share_evidence }
          or { { field = "derived.stage.id", value = stage.id }, late_evidence, late_share_evidence },
        measures = { "in_firm_rnd_centers", "basic_research_centers_competitive" },
      }
    end
  end,
}
