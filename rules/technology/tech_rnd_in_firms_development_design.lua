-- Lesson 23 (tech_rnd_in_firms_development_design): industrial R&D in a
-- follower economy is in-firm "Development and Design"; technology-import
-- dependence that persists while R&D spending rises calls for that refocus.
-- "The role of R&D in NIEs is not one of Research and Development, but of
-- Development and Design" [L1060]; "Industrial R&D must be done in firms, not
-- autonomous laboratories" [L1062]. Korea's licence payments fell only from
-- 21% to 18% of R&D spending (1977-81 to 1987-93) while R&D rose from 0.8% to
-- 2.3% of GNP [L479]. The business share of R&D is read from the share
-- industry finances (business_rd_share_pct), the figure the report gives.
local history = require("macro.history")

return {
  id = "tech_rnd_in_firms_development_design",
  title = "Put industrial R&D in firms, as development and design",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "Industrial R&D must be done in firms, not autonomous laboratories.",
    lines = "L1062",
  },
  requires = { "derived.stage.id" },
  tags = { "technology", "transition" },
  measures = { "in_firm_rnd_centers", "oem_to_odm_design_capability" },

  evaluate = function(p, ctx)
    if p.derived.stage.id == "catch_up" then return end
    local tech = p.technology or {}
    local business, licensing, rd = tech.business_rd_share_pct, tech.licensing_payments_pct_rd,
                                    tech.rd_pct_gdp
    if business == nil and licensing == nil then
      ctx:missing("technology.business_rd_share_pct", "technology.licensing_payments_pct_rd")
      return
    end
    local business_min = ctx:threshold("business_rd_share_min")
    if business ~= nil and business < business_min then
      ctx:finding{
        id = "rnd_outside_firms",
        severity = "warning",
        title = "Most R&D is done outside firms",
        message = string.format(
          "Industry accounts for only %.0f%% of R&D. The report's lesson for followers is that " ..
          "industrial R&D \"must be done in firms, not autonomous laboratories\" and is mostly " ..
          "development and design, the problem-solver of last resort in production " ..
          "[L1060][L1062]; in Korea industry financed a little more than 70%% of R&D by the late " ..
          "1980s (fn 18 [L481]). Build in-firm R&D centres.", business),
        evidence = {
          { field = "derived.stage.id", value = p.derived.stage.id },
          { field = "technology.business_rd_share_pct", op = "<", threshold = business_min,
            benchmark = 70, note = "Korea late 1980s, share financed by industry (fn 18 [L481])" },
        },
        measures = { "in_firm_rnd_centers" },
      }
    end

    if licensing == nil then
      ctx:missing("technology.licensing_payments_pct_rd")
      return
    end
    local lookback = ctx:threshold("licensing_lookback_years")
    local earlier, earlier_year = history.around(p, "technology.licensing_payments_pct_rd", lookback, 3)
    local rd_before = history.around(p, "technology.rd_pct_gdp", lookback, 3)
    if earlier == nil or rd_before == nil or rd == nil then
      if earlier == nil then ctx:missing(history.gap_field(p, "technology.licensing_payments_pct_rd", lookback)) end
      if rd_before == nil then ctx:missing(history.gap_field(p, "technology.rd_pct_gdp", lookback)) end
      if rd == nil then ctx:missing("technology.rd_pct_gdp") end
      return
    end
    local decline_min = ctx:threshold("licensing_decline_pp_min")
    if rd > rd_before and earlier - licensing < decline_min then
      ctx:finding{
        id = "persistent_technology_import_dependence",
        severity = "advice",
        title = "Licence payments stay high relative to R&D although R&D has grown",
        message = string.format(
          "Licence payments were %.0f%% of R&D spending in %d and are %.0f%% now, although R&D " ..
          "rose from %.1f%% to %.1f%% of GDP. Korea's ratio fell only from 21%% to 18%% while its " ..
          "R&D rose from 0.8%% to 2.3%% of GNP [L479]: spending alone did not build design " ..
          "capability. Focus R&D on in-firm development and design and move exporters from OEM " ..
          "to own design.", earlier, earlier_year, licensing, rd_before, rd),
        evidence = {
          { field = "technology.licensing_payments_pct_rd", op = ">",
            threshold = earlier - decline_min, benchmark = 18, note = "Korea 1987-93 [L479]" },
          { field = string.format("history.%d.technology.licensing_payments_pct_rd", earlier_year),
            value = earlier },
          { field = "technology.rd_pct_gdp", op = ">", threshold = rd_before },
        },
        measures = { "in_firm_rnd_centers", "oem_to_odm_design_capability" },
      }
    end
  end,
}
