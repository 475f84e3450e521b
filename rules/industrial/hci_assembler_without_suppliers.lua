-- Lesson 11 (hci_assembler_without_suppliers): promoting assemblers without
-- specialized suppliers of materials, parts and machinery deepens import
-- dependency. In Korea "promotion policies had concentrated on the assemblers
-- and thus impeded the development of parts and components producers" [L651];
-- in the 1990s only about 50% of automobile and 60% of petrochemical machinery
-- was made locally (fn 16 [L460]) and "Nearly all major industries depended
-- heavily on foreign sources for core components and key production
-- machinery" [L458]. Supplier development must run alongside assembler
-- promotion (Korea: systematization 1969-70, Subcontracting Act 1975).
return {
  id = "hci_assembler_without_suppliers",
  title = "Do not promote assemblers without specialized suppliers",
  source = {
    chapter = 2, section = "SME Promotion Policy",
    quote = "promotion policies had concentrated on the assemblers and thus impeded the " ..
      "development of parts and components producers",
    lines = "L651",
  },
  requires = { "industrial_programs" },
  tags = { "industrial", "technology", "catch_up", "transition" },
  measures = { "subcontracting_promotion_framework", "parts_materials_localization_rnd",
               "first_tier_supplier_upgrading_program" },

  evaluate = function(p, ctx)
    local names, evidence = {}, {}
    local unknown = {}
    for i, program in ipairs(p.industrial_programs) do
      local field = string.format("industrial_programs.%d.assembler_focused", i)
      if program.assembler_focused == nil then
        unknown[#unknown + 1] = field
      else
        local focused, entry = ctx:check{ field = field, op = "==", threshold = true }
        if focused then
          names[#names + 1] = program.name
          evidence[#evidence + 1] = entry
        end
      end
    end
    -- unknown programmes matter only when no programme is known to focus on assemblers
    if #names == 0 then
      if #unknown > 0 then ctx:missing(table.unpack(unknown)) end
      return
    end
    local tech = p.technology or {}
    local machinery, parts = tech.local_machinery_share_pct, tech.parts_import_dependence_pct
    if machinery == nil and parts == nil then
      ctx:missing("technology.local_machinery_share_pct", "technology.parts_import_dependence_pct")
      return
    end
    -- either supplier gap is enough; each is judged when known
    local observed = {}
    if machinery ~= nil then
      local low, entry = ctx:check{ field = "technology.local_machinery_share_pct", op = "<",
        config = "local_machinery_share_min", benchmark = 50, note = "Korea 1990s, automobiles [L460]" }
      if low then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("only %.0f%% of machinery is made locally", machinery)
      end
    end
    if parts ~= nil then
      local high, entry = ctx:check{ field = "technology.parts_import_dependence_pct", op = ">",
                                     config = "parts_import_dependence_max" }
      if high then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("%.0f%% of parts and components are imported", parts)
      end
    end
    if #observed == 0 then return end
    ctx:finding{
      id = "assemblers_without_suppliers",
      severity = "warning",
      title = "Assemblers are promoted while parts and machinery stay imported",
      message = "Promotion concentrates on assemblers (" .. table.concat(names, ", ") .. ") and " ..
        table.concat(observed, "; ") .. ". In Korea assembler-focused promotion \"impeded the " ..
        "development of parts and components producers\" [L651] and deepened the import " ..
        "dependency of the major export industries [L135]. Develop suppliers in parallel, not " ..
        "decades later: a subcontracting framework, localization R&D for parts and materials, " ..
        "and upgrading of first-tier suppliers.",
      evidence = evidence,
      measures = { "subcontracting_promotion_framework", "parts_materials_localization_rnd",
                   "first_tier_supplier_upgrading_program" },
    }
  end,
}
