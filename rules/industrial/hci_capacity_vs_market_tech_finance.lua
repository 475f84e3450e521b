-- Lesson 9 (hci_capacity_vs_market_tech_finance): planned capacity must match
-- market size, technological capability and financing capacity, and
-- expansion must stop when market signals turn negative. In Korea's HCI drive
-- investments exceeded "levels consistent with the market size, technological
-- capability and financing capacity" [L131] and investment continued beyond
-- the point when market signals turned negative [L302]: fertilizer capacity
-- "far exceeded domestic demand", Changwon "overestimated domestic and world
-- demand", shipbuilding capacity was expanded as world utilization fell (fn 8
-- [L316]). The capability and financing sides are read by lessons 2, 6 and
-- 7; this rule reads each programme's demand and utilization.
return {
  id = "hci_capacity_vs_market_tech_finance",
  title = "Match planned capacity to the market and stop expanding when signals turn",
  source = {
    chapter = 1, section = "Promotion of Heavy-Chemical Industry",
    quote = "the investment program was continued beyond the point when market signals " ..
      "turned negative",
    lines = "L302",
  },
  requires = { "industrial_programs" },
  tags = { "industrial", "catch_up", "transition" },
  measures = { "capacity_phasing_staged_investment", "stop_loss_review",
               "functional_industrial_law_sunset" },

  evaluate = function(p, ctx)
    local expanding_names, expanding_evidence = {}, {}
    local over_names, over_evidence = {}, {}
    for i, program in ipairs(p.industrial_programs) do
      local prefix = string.format("industrial_programs.%d.", i)
      local capacity, utilization = program.capacity_pct_of_demand, program.capacity_utilization_pct
      local assessed = program.capacity_exceeds_demand_assessment
      local trend, expanding = program.world_demand_trend, program.expansion_continues
      if capacity == nil and utilization == nil and assessed == nil then
        ctx:missing(prefix .. "capacity_pct_of_demand", prefix .. "capacity_utilization_pct")
      end
      -- over-capacity: the ratio, or its qualitative twin when the ratio is unknown
      local over, capacity_evidence
      if capacity ~= nil or assessed ~= nil then
        over, capacity_evidence = ctx:check{ field = prefix .. "capacity_pct_of_demand", op = ">",
          config = "capacity_pct_of_demand_max", fallback = prefix .. "capacity_exceeds_demand_assessment" }
      end
      local idle, idle_evidence
      if utilization ~= nil then
        idle, idle_evidence = ctx:check{ field = prefix .. "capacity_utilization_pct", op = "<",
                                         config = "capacity_utilization_pct_min" }
      end
      -- still expanding against falling world demand (each stated)
      local falling, falling_evidence, adding, adding_evidence
      if (idle or over) and trend ~= nil then
        falling, falling_evidence = ctx:check{ field = prefix .. "world_demand_trend", op = "==",
                                               threshold = "falling" }
      end
      if falling and expanding ~= nil then
        adding, adding_evidence = ctx:check{ field = prefix .. "expansion_continues", op = "==",
                                             threshold = true }
      end
      if adding then
        expanding_names[#expanding_names + 1] = program.name
        expanding_evidence[#expanding_evidence + 1] = falling_evidence
        expanding_evidence[#expanding_evidence + 1] = adding_evidence
        if idle then expanding_evidence[#expanding_evidence + 1] = idle_evidence end
        if over then expanding_evidence[#expanding_evidence + 1] = capacity_evidence end
      elseif over then
        over_names[#over_names + 1] = capacity ~= nil
          and string.format("%s (%.0f%%)", program.name, capacity)
          or program.name .. " (assessed as clearly above demand)"
        over_evidence[#over_evidence + 1] = capacity_evidence
      elseif idle and (trend == nil or expanding == nil) then
        if trend == nil then ctx:missing(prefix .. "world_demand_trend") end
        if expanding == nil then ctx:missing(prefix .. "expansion_continues") end
      end
    end

    if #expanding_names > 0 then
      ctx:finding{
        id = "expansion_against_falling_demand",
        severity = "critical",
        title = "Capacity is still being added while demand falls and plants stand idle",
        message = table.concat(expanding_names, ", ") .. ": capacity is still being added " ..
          "although world demand is falling and existing plants are idle or oversized. Korea " ..
          "expanded shipbuilding capacity just as world utilization began to decline, and " ..
          "utilization fell through the 1980s (fn 8 [L316]); investment continued beyond the " ..
          "point when market signals turned negative [L302]. Halt expansion through a " ..
          "stop-loss review and restructure under a time-bound rationalization programme.",
        evidence = expanding_evidence,
        measures = { "stop_loss_review", "functional_industrial_law_sunset" },
      }
    end
    if #over_names > 0 then
      ctx:finding{
        id = "capacity_exceeds_demand",
        severity = "warning",
        title = "Planned capacity exceeds realistic demand",
        message = "Planned capacity as a share of realistic domestic plus export demand: " ..
          table.concat(over_names, ", ") .. ". Korea's fertilizer capacity \"far exceeded " ..
          "domestic demand\" and the Changwon heavy machinery complex \"overestimated domestic " ..
          "and world demand\" (fn 8 [L316]). Stage the investment against demand and capability " ..
          "milestones.",
        evidence = over_evidence,
        measures = { "capacity_phasing_staged_investment" },
      }
    end
  end,
}
