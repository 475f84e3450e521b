-- Lesson 22 (tech_capital_goods_parts_localization): in transition, localize
-- core components, materials and machinery through R&D, prototypes and
-- credibility-building (testing, certification), not domestic-purchase
-- conditions (those are prohibited subsidies today: lesson 64). Korea's
-- second localization plan (1992-96) selected "A total of 4,000 items" [L520];
-- the Industrial Testing Board compared local machinery with foreign [L522];
-- certification was strengthened "to enhance user confidence in locally
-- manufactured machinery" [L406]; small local capital-goods makers felt they
-- had a "credibility" problem [L598]. Machinery localization stood at about
-- 50% in automobiles and 60% in petrochemicals in the 1990s (fn 16 [L460]).
return {
  id = "tech_capital_goods_parts_localization",
  title = "Localize parts and machinery through R&D, testing and certification",
  source = {
    chapter = 1, section = "Scientific and Technological Development",
    quote = "The Industrial Testing Board evaluated and compared the performance of " ..
      "domestically-manufactured goods with that of their foreign-made counterparts",
    lines = "L522",
  },
  requires = { "derived.stage.id" },
  tags = { "technology", "transition" },
  measures = { "parts_materials_localization_rnd", "local_product_performance_testing",
               "quality_certification_local_machinery" },

  evaluate = function(p, ctx)
    local beyond_catch_up, stage_evidence = ctx:check{ field = "derived.stage.id", op = "~=",
                                                       threshold = "catch_up" }
    if not beyond_catch_up then return end
    local low, machinery_evidence = ctx:check{ field = "technology.local_machinery_share_pct",
      op = "<", config = "local_machinery_share_min", benchmark = 50,
      note = "Korea 1990s: automobiles about 50%, petrochemicals about 60% [L460]" }
    if not low then return end
    local machinery = p.technology.local_machinery_share_pct
    -- without testing centres the finding is the credibility gap; unknown is a data gap and
    -- the localization advice still stands
    local untested, testing_evidence = ctx:check{
      field = "institutions.industrial_testing_centres.present", op = "==", threshold = false }
    if untested then
      ctx:finding{
        id = "local_suppliers_lack_credibility",
        severity = "warning",
        title = "Local machinery and parts makers have no testing and certification to prove quality",
        message = string.format(
          "Only %.0f%% of machinery is made locally and there are no industrial testing centres. " ..
          "Korea's small capital-goods makers suffered a \"credibility\" problem even when they " ..
          "mastered the technology [L598]; the Industrial Testing Board compared local machinery " ..
          "with foreign [L522] and certification was strengthened to build user confidence " ..
          "[L406]. Set up performance testing and quality certification alongside localization " ..
          "R&D, not domestic-purchase requirements (prohibited today; see the WTO findings).",
          machinery),
        evidence = { stage_evidence, machinery_evidence, testing_evidence },
        measures = { "local_product_performance_testing", "quality_certification_local_machinery",
                     "parts_materials_localization_rnd" },
      }
    else
      ctx:finding{
        id = "low_machinery_localization",
        severity = "advice",
        title = "Machinery, parts and materials are still largely imported",
        message = string.format(
          "Only %.0f%% of machinery in major industries is made locally. Korea answered the same " ..
          "gap with localization plans (1987-91, 1992-96; 4,000 candidate items [L520]) built on " ..
          "R&D and prototypes with GRI support [L522]. Fund localization R&D for core parts, " ..
          "materials and machinery, with supplier development running alongside.", machinery),
        evidence = { stage_evidence, machinery_evidence },
        measures = { "parts_materials_localization_rnd" },
      }
    end
  end,
}
