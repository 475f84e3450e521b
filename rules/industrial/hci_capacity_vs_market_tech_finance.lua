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
-- Evidence for over-capacity: the ratio when known, else the assessment.
local function capacity_evidence(prefix, capacity, capacity_max)
  if capacity ~= nil then
    return { field = prefix .. "capacity_pct_of_demand", op = ">", threshold = capacity_max }
  end
  return { field = prefix .. "capacity_exceeds_demand_assessment", note = "qualitative evidence" }
end

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
    local capacity_max = ctx:threshold("capacity_pct_of_demand_max")
    local utilization_min = ctx:threshold("capacity_utilization_pct_min")
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
      -- the qualitative twin counts when the ratio is unknown
      local over_capacity = (capacity ~= nil and capacity > capacity_max) or
        (capacity == nil and assessed == true)
      local idle = utilization ~= nil and utilization < utilization_min
      if (idle or over_capacity) and trend == "falling" and expanding == true then
        expanding_names[#expanding_names + 1] = program.name
        expanding_evidence[#expanding_evidence + 1] = { field = prefix .. "world_demand_trend" }
        expanding_evidence[#expanding_evidence + 1] = { field = prefix .. "expansion_continues" }
        if idle then
          expanding_evidence[#expanding_evidence + 1] = {
            field = prefix .. "capacity_utilization_pct", op = "<", threshold = utilization_min }
        end
        if over_capacity then
          expanding_evidence[#expanding_evidence + 1] = capacity_evidence(prefix, capacity, capacity_max)
        end
      elseif over_capacity then
        over_names[#over_names + 1] = capacity ~= nil
          and string.format("%s (%.0f%%)", program.name, capacity)
          or program.name .. " (assessed as clearly above demand)"
        over_evidence[#over_evidence + 1] = capacity_evidence(prefix, capacity, capacity_max)
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
