-- Lesson 23 (tech_rnd_in_firms_development_design): industrial R&D in a
-- follower economy is in-firm "Development and Design"; technology-import
-- dependence that persists while R&D spending rises calls for that refocus.
-- "The role of R&D in NIEs is not one of Research and Development, but of
-- Development and Design" [L1060]; "Industrial R&D must be done in firms, not
-- autonomous laboratories" [L1062]. Korea's licence payments fell only from
-- 21% to 18% of R&D spending (1977-81 to 1987-93) while R&D rose from 0.8% to
-- 2.3% of GNP [L479]. The business share of R&D is read from the share
-- industry finances (business_rd_share_pct), the figure the report gives.
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
    local beyond_catch_up, stage_evidence = ctx:check{ field = "derived.stage.id", op = "~=",
                                                       threshold = "catch_up" }
    if not beyond_catch_up then return end
    local tech = p.technology or {}
    local business, licensing = tech.business_rd_share_pct, tech.licensing_payments_pct_rd
    if business == nil and licensing == nil then
      ctx:missing("technology.business_rd_share_pct", "technology.licensing_payments_pct_rd")
      return
    end
    local outside_firms, business_evidence
    if business ~= nil then
      outside_firms, business_evidence = ctx:check{ field = "technology.business_rd_share_pct",
        op = "<", config = "business_rd_share_min", benchmark = 70,
        note = "Korea late 1980s, share financed by industry (fn 18 [L481])" }
    end
    if outside_firms then
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
        evidence = { stage_evidence, business_evidence },
        measures = { "in_firm_rnd_centers" },
      }
    end

    -- licence payments against R&D about a decade earlier (Korea 1977-81 to 1987-93 [L479])
    if licensing == nil then
      ctx:missing("technology.licensing_payments_pct_rd")
      return
    end
    local lookback = ctx:threshold("licensing_lookback_years")
    local paid = ctx:trend("technology.licensing_payments_pct_rd", { years = lookback, window = 3 })
    local rd = ctx:trend("technology.rd_pct_gdp", { years = lookback, window = 3 })
    if paid == nil or rd == nil then return end
    local rd_grew, rd_evidence = ctx:check{ trend = rd, op = ">", threshold = 0,
                                            unit = "percentage points of GDP" }
    local still_high, paid_evidence = ctx:check{ trend = paid, op = ">",
      threshold = -ctx:threshold("licensing_decline_pp_min"), unit = "percentage points of R&D" }
    if rd_grew and still_high then
      ctx:finding{
        id = "persistent_technology_import_dependence",
        severity = "advice",
        title = "Licence payments stay high relative to R&D although R&D has grown",
        message = string.format(
          "Licence payments were %.0f%% of R&D spending in %d and are %.0f%% now, although R&D " ..
          "rose from %.1f%% to %.1f%% of GDP. Korea's ratio fell only from 21%% to 18%% while its " ..
          "R&D rose from 0.8%% to 2.3%% of GNP [L479]: spending alone did not build design " ..
          "capability. Focus R&D on in-firm development and design and move exporters from OEM " ..
          "to own design.", paid.earlier, paid.earlier_year, paid.value, rd.earlier, rd.value),
        evidence = {
          paid_evidence,
          { field = "technology.licensing_payments_pct_rd", benchmark = 18, note = "Korea 1987-93 [L479]" },
          paid.evidence[2],
          rd_evidence,
          rd.evidence[2],
        },
        measures = { "in_firm_rnd_centers", "oem_to_odm_design_capability" },
      }
    end
  end,
}
