-- Lesson 10 (hci_world_scale_and_export_integration): in scale-intensive
-- industries build at world scale and use exports to reach minimum efficient
-- scale. "Constructing plants at scales sufficient only to meet expected
-- domestic demand would have resulted in production costs well above
-- internationally competitive levels" [L248]; Korea's steel, non-ferrous metals
-- and petrochemicals were built "on scales large enough to ensure
-- competitiveness in the world market" [L264], in estates such as Changwon
-- (over 100 plants, [L266]). A programme whose minimum efficient scale exceeds
-- domestic demand needs an export plan.
return {
  id = "hci_world_scale_and_export_integration",
  title = "Build scale-intensive plants at world scale with an export plan",
  source = {
    chapter = 1, section = "Managing the Take-off: Export-Led Industrialization (1962-72)",
    quote = "exports were used to gain the economies of scale needed to realize the potential " ..
      "comparative advantage",
    lines = "L248",
  },
  requires = { "industrial_programs" },
  tags = { "industrial", "catch_up", "transition" },
  measures = { "world_scale_plant_with_export_plan", "specialized_industrial_estate" },

  evaluate = function(p, ctx)
    -- sectors the profile classifies as scale-intensive (Pavitt, Table 2-8)
    local scale_intensive = {}
    for _, sector in ipairs(p.sectors or {}) do
      if sector.pavitt == "scale_intensive" then scale_intensive[sector.name] = true end
    end
    local names, evidence = {}, {}
    for i, program in ipairs(p.industrial_programs) do
      local prefix = string.format("industrial_programs.%d.", i)
      local mes, export_plan = program.min_efficient_scale_pct_domestic_demand, program.export_plan
      local named_scale_intensive = false
      for _, s in ipairs(program.sectors or {}) do
        if scale_intensive[s] then named_scale_intensive = true end
      end
      if mes == nil then
        -- only a programme known to be scale-intensive needs the scale fact
        if named_scale_intensive then
          ctx:missing(prefix .. "min_efficient_scale_pct_domestic_demand")
        else
          ctx:note(string.format("%s: efficient scale not stated, and none of its sectors is " ..
            "scale-intensive in sectors[].pavitt", program.name or prefix))
        end
      else
        -- efficient scale above the whole domestic market (100% of it); then the export plan
        -- must be known
        local oversized, scale_evidence = ctx:check{
          field = prefix .. "min_efficient_scale_pct_domestic_demand", op = ">", threshold = 100 }
        local no_plan, plan_evidence
        if oversized then
          no_plan, plan_evidence = ctx:check{ field = prefix .. "export_plan", op = "==",
                                              threshold = false }
        end
        if no_plan then
          names[#names + 1] = string.format("%s (efficient scale %.0f%% of domestic demand)",
                                            program.name, mes)
          evidence[#evidence + 1] = scale_evidence
          evidence[#evidence + 1] = plan_evidence
        end
      end
    end
    if #names == 0 then return end
    ctx:finding{
      id = "domestic_scale_plants",
      severity = "warning",
      title = "Scale-intensive plants are sized for the home market without an export plan",
      message = "Minimum efficient scale exceeds domestic demand but there is no export plan: " ..
        table.concat(names, "; ") .. ". Korea used exports to reach efficient scale, since " ..
        "plants sized for domestic demand alone would have produced \"well above " ..
        "internationally competitive levels\" [L248], and built steel and petrochemicals at world " ..
        "scale [L264], in specialized estates such as Changwon [L266]. Build at world scale with " ..
        "an export plan and liberal access to imported inputs, or defer the investment until " ..
        "domestic plus export demand can carry it [L462].",
      evidence = evidence,
      measures = { "world_scale_plant_with_export_plan", "specialized_industrial_estate" },
    }
  end,
}
