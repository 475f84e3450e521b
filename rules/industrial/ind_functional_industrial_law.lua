-- Lesson 18 (ind_functional_industrial_law): replace sector-by-sector
-- promotion laws with one functional law; intervene only for market failure,
-- with time-limited rationalization. Korea's Industrial Development Law (July
-- 1986) "replaced seven individual industry promotion laws and defined the role
-- of government mainly as that of a trouble-shooter"; eight industries were
-- rationalized "over two to three years" and in declining industries the
-- government managed the phase-out [L394].
-- Inputs: strategy.sector_promotion_laws and targeting_mode; each targeted
-- programme's sunset_year, world_demand_trend and expansion_continues.
return {
  id = "ind_functional_industrial_law",
  title = "Replace sector promotion laws with one functional, time-limited law",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "The law replaced seven individual industry promotion laws and defined the role of " ..
      "government mainly as that of a trouble-shooter.",
    lines = "L394",
  },
  tags = { "industrial", "transition" },
  measures = { "functional_industrial_law_sunset", "declining_industry_phase_out" },

  evaluate = function(p, ctx)
    local strategy = p.strategy or {}
    local laws, mode = strategy.sector_promotion_laws, strategy.targeting_mode
    local programs = p.industrial_programs
    if laws == nil and programs == nil then
      ctx:missing("strategy.sector_promotion_laws", "industrial_programs")
      return
    end

    -- several sector laws, unless the targeting is stated to be functional
    local many, laws_evidence
    if laws ~= nil then
      many, laws_evidence = ctx:check{ field = "strategy.sector_promotion_laws", op = ">",
        config = "sector_promotion_laws_max", benchmark = 7, note = "laws Korea's 1986 law replaced [L394]" }
    end
    if many and mode ~= nil then
      many = ctx:check{ field = "strategy.targeting_mode", op = "~=", threshold = "functional" }
    end
    if many then
      ctx:finding{
        id = "sector_by_sector_promotion_laws",
        severity = "advice",
        title = "Industry is promoted through separate sector laws",
        message = string.format(
          "%d sector-specific promotion laws are in force. Korea's 1986 Industrial Development " ..
          "Law replaced seven such laws with one functional law: government intervenes where " ..
          "market failure occurs, for a limited time, and manages the phase-out of declining " ..
          "industries [L394]. Consolidate into one functional law with sunsets.", laws),
        evidence = { laws_evidence },
        measures = { "functional_industrial_law_sunset" },
      }
    end

    local years_max = ctx:threshold("rationalization_years_max")
    local long_names, long_evidence, declining_names, declining_evidence = {}, {}, {}, {}
    for i, program in ipairs(programs or {}) do
      local prefix = string.format("industrial_programs.%d.", i)
      -- support beyond a two-to-three-year rationalization (the sunset must be known)
      local long, sunset_evidence = ctx:check{ field = prefix .. "sunset_year", op = ">",
                                               threshold = p.country.year + years_max }
      if long then
        long_names[#long_names + 1] = string.format("%s (to %d)", program.name, program.sunset_year)
        long_evidence[#long_evidence + 1] = sunset_evidence
      end
      -- a declining industry (each stated)
      local falling, falling_evidence
      if program.world_demand_trend ~= nil and program.expansion_continues ~= nil then
        falling, falling_evidence = ctx:check{ field = prefix .. "world_demand_trend", op = "==",
                                               threshold = "falling" }
      end
      if falling and ctx:check{ field = prefix .. "expansion_continues", op = "==", threshold = false } then
        declining_names[#declining_names + 1] = program.name
        declining_evidence[#declining_evidence + 1] = falling_evidence
      end
    end
    if #long_names > 0 then
      ctx:finding{
        id = "sector_support_beyond_three_years",
        severity = "warning",
        title = "Sector support runs longer than a time-limited rationalization",
        message = "Support to designated industries runs more than " .. years_max ..
          " years ahead: " .. table.concat(long_names, ", ") .. ". Under Korea's 1986 law " ..
          "industries were designated for rationalization \"over two to three years\" [L394]; " ..
          "open-ended sector support is the indefinite promotion the law ended. Set sunsets of " ..
          "two to three years and renew only on evidence of market failure.",
        evidence = long_evidence,
        measures = { "functional_industrial_law_sunset" },
      }
    end
    if #declining_names > 0 then
      ctx:finding{
        id = "declining_industry_without_phase_out",
        severity = "advice",
        title = "Support continues to industries whose world demand is falling",
        message = "World demand is falling for " .. table.concat(declining_names, ", ") ..
          ". In declining industries Korea's 1986 law had government manage the phasing-out " ..
          "[L394] rather than keep supporting output. Plan a managed capacity reduction and " ..
          "conversion of firms and workers.",
        evidence = declining_evidence,
        measures = { "declining_industry_phase_out" },
      }
    end
  end,
}
