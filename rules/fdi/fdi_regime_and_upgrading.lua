-- Lesson 19 (fdi_regime_and_upgrading): move FDI control to a negative list
-- with automatic approval, and embed affiliates so FDI upgrades from labour-
-- based to skill- and technology-based. Korea revised the Foreign Capital
-- Inducement Act in 1984 "to switch to a negative system, to establish an
-- automatic approval system" [L368] and set up one-stop investor service in
-- 1998 [L576]. Labour-cost FDI in electronics was offshore assembly "with very
-- little spin-off to local producers" (fn 9 [L324]); activities held only by
-- labour cost invite location switching by parent companies [L1058].
return {
  id = "fdi_regime_and_upgrading",
  title = "Open FDI by negative list and embed affiliates so FDI upgrades",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "to switch to a negative system, to establish an automatic approval system",
    lines = "L368",
  },
  tags = { "fdi", "catch_up", "transition", "innovation" },
  measures = { "fdi_negative_list_automatic_approval", "fdi_one_stop_service",
               "fdi_aftercare_linkages" },

  evaluate = function(p, ctx)
    local fdi = p.fdi or {}
    local regime, approval = fdi.regime, fdi.approval
    local kind = p.technology and p.technology.fdi_type
    if regime == nil and approval == nil and kind == nil then
      ctx:missing("fdi.regime", "fdi.approval", "technology.fdi_type")
      return
    end
    -- a closed regime shows in the list or in the approval; an unknown one is not judged
    local evidence = {}
    if regime ~= nil then
      local listed, entry = ctx:check{ field = "fdi.regime", op = "==", threshold = "positive_list",
                                       benchmark = "negative_list" }
      if listed then evidence[#evidence + 1] = entry end
    end
    if approval ~= nil then
      local discretionary, entry = ctx:check{ field = "fdi.approval", op = "==",
                                              threshold = "discretionary", benchmark = "automatic" }
      if discretionary then evidence[#evidence + 1] = entry end
    end
    if #evidence > 0 then
      ctx:finding{
        id = "restrictive_fdi_regime",
        severity = "advice",
        title = "FDI entry is restricted by a positive list or discretionary approval",
        message = "Foreign investment is admitted " ..
          (regime == "positive_list" and "only in listed sectors" or "case by case") ..
          ". Korea switched to a negative list with automatic approval in 1984, treating FDI as " ..
          "a source of competition and advanced technology [L368], and added one-stop investor " ..
          "service in 1998 [L576]. Adopt a negative list with automatic approval and national " ..
          "treatment, then a one-stop service.",
        evidence = evidence,
        measures = { "fdi_negative_list_automatic_approval", "fdi_one_stop_service" },
      }
    end

    local labor_based, kind_evidence
    if kind ~= nil then
      labor_based, kind_evidence = ctx:check{ field = "technology.fdi_type", op = "==",
                                              threshold = "labor_based", benchmark = "skill_based" }
    end
    if not labor_based then return end
    -- whether affiliates are linked to local firms: unknown is a data gap
    local unlinked, linkage_evidence = ctx:check{ field = "fdi.linkage_programs", op = "==",
                                                  threshold = false }
    if not unlinked then return end
    ctx:finding{
      id = "footloose_labor_based_fdi",
      severity = "warning",
      title = "Inward FDI is labour-based and not linked to local firms",
      message = "Inward FDI is mainly labour-based and no programme links affiliates to " ..
        "local suppliers, skills or universities. Korea's labour-cost FDI in electronics was " ..
        "offshore assembly \"with very little spin-off to local producers\" (fn 9 [L324]), " ..
        "and activities held only by low labour costs invite location switching by parent " ..
        "companies [L1058]. Build aftercare and linkage programmes so affiliates win " ..
        "skill- and technology-based mandates.",
      evidence = { kind_evidence, linkage_evidence },
      measures = { "fdi_aftercare_linkages" },
    }
  end,
}
